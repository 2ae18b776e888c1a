/** GraphQL types of the standard's links to agencies and acts, and its small value objects. */
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../common/localized-text.type.js';
import { AmendmentKind, Channel, Medium } from '../../common/enums.js';

@ObjectType('StandardChannel', { description: 'A channel through which the standard accepts applications and issues results' })
export class StandardChannelType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => Channel, { description: 'The channel' }) channel!: string;
  @Field(() => LocalizedText, { nullable: true, description: 'How the text describes the channel' }) description?: LocalizedText | null;
  @Field(() => String, { nullable: true, description: 'Clause of the standard' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}

@ObjectType('StandardAgencyRole', { description: 'Another agency involved in the service (territorial provider, consenting body, PSC branch …)' })
export class StandardAgencyRoleType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => String, { description: 'Role, e.g. "provider", "consenting", "psc-branch"' }) role!: string;
  @Field(() => String, { nullable: true, description: 'Clause of the standard' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark on the source text' }) note?: string | null;
}

@ObjectType('StandardLegalBasis', { description: 'An act the standard names as its legal basis' })
export class StandardLegalBasisType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Article or item of the act' }) article?: string | null;
  @Field(() => String, { nullable: true, description: 'Clause of the standard that cites it' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark' }) note?: string | null;
}

@ObjectType('StandardAmendment', { description: 'A later act that amended this standard' })
export class StandardAmendmentType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => AmendmentKind, { description: 'New edition of the whole standard, or amendment of clauses' }) kind!: string;
  @Field(() => [String], { description: 'Clauses amended' }) clauses!: string[];
  @Field(() => String, { nullable: true, description: 'Remark' }) note?: string | null;
}

@ObjectType('TitleVariant', { description: 'The standard\'s title as worded in another place of the act (approval list, appendix captions …)' })
export class TitleVariantType {
  @Field(() => String, { description: 'Where this wording appears' }) source!: string;
  @Field(() => LocalizedText, { description: 'The wording' }) title!: LocalizedText;
  @Field(() => String, { nullable: true, description: 'Remark' }) note?: string | null;
}

@ObjectType('StandardResult', { description: 'What the service produces' })
export class StandardResultType {
  @Field(() => LocalizedText, { description: 'The result (document issued, or reasoned refusal)' }) description!: LocalizedText;
  @Field(() => [Medium], { description: 'Form of the result' }) media!: string[];
  @Field(() => String, { nullable: true, description: 'Clause' }) clause?: string | null;
  @Field(() => String, { nullable: true, description: 'Remark' }) note?: string | null;
}
