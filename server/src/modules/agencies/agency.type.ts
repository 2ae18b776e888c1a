import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { LocalizedText } from '../../common/localized-text.type.js';
import { AgencyKind } from '../../common/enums.js';
import type { AGENCY_KINDS } from '../../corpus/corpus.schema.js';

@ObjectType('Agency', { description: 'A state body, public service centre or portal. Agencies form a tree (ministry → committee → territorial body).' })
export class AgencyType {
  @Field(() => ID, { description: 'Id of the record (UUID)' }) id!: string;
  @Field(() => String, { description: 'Stable code (slug), e.g. "mint-industry-committee"' }) code!: string;
  @Field(() => AgencyKind, { description: 'What sort of body it is' }) kind!: (typeof AGENCY_KINDS)[number];
  @Field(() => LocalizedText, { description: 'Full name' }) name!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true, description: 'Abbreviation' }) shortName?: LocalizedText | null;
  @Field(() => String, { nullable: true, description: 'Business identification number (12 digits), where known' }) bin?: string | null;
  @Field(() => LocalizedText, { nullable: true, description: 'Postal address' }) address?: LocalizedText | null;
  @Field(() => [String], { description: 'Telephone numbers as published' }) phones!: string[];
  @Field(() => String, { nullable: true, description: 'E-mail address' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Website' }) website?: string | null;
  @Field(() => String, { nullable: true, description: 'Remarks, e.g. on errors of the source text' }) note?: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: quote it in updates' }) version!: number;
  @Field(() => GraphQLDateTime, { description: 'When the record was created' }) createdAt!: Date;
  @Field(() => GraphQLDateTime, { description: 'When the record was last changed' }) updatedAt!: Date;
}
