import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { LocalizedText } from '../../common/localized-text.type.js';
import { LegalActKind, LegalActRelationKind, LegalActStatus } from '../../common/enums.js';
import type { LEGAL_ACT_KINDS } from '../../corpus/corpus.schema.js';

@ObjectType('LegalAct', { description: 'A law, code, decree, resolution or order. Standards are approved, amended and repealed by legal acts; acts amend and repeal one another.' })
export class LegalActType {
  @Field(() => ID, { description: 'Record id' }) id!: string;
  @Field(() => String, { description: 'Stable code (slug), e.g. "res-1130-2012"' }) code!: string;
  @Field(() => LegalActKind, { description: 'Kind of act (law, government resolution, ministerial order …)' }) kind!: (typeof LEGAL_ACT_KINDS)[number];
  @Field(() => String, { nullable: true, description: 'Number as printed, without "№" (e.g. "1130", "88-V"); null when the act has none or it is unknown' }) number?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of adoption or signature (YYYY-MM-DD)' }) date?: string | null;
  @Field(() => LocalizedText, { description: 'Title' }) title!: LocalizedText;
  @Field(() => String, { nullable: true, description: 'Where the act was officially published (gazette, issue, article)' }) publication?: string | null;
  @Field(() => String, { nullable: true, description: 'How the act enters into force, as its text says' }) entryIntoForceRule?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of entry into force (YYYY-MM-DD), where known or estimated' }) entryIntoForce?: string | null;
  @Field(() => Boolean, { description: 'True when entryIntoForce is an estimate (e.g. earliest possible date), not a date the sources state' }) entryIntoForceEstimated!: boolean;
  @Field(() => LegalActStatus, { description: 'Whether the act is in force, as far as the registry knows' }) status!: 'inForce' | 'repealed' | 'unknown';
  @Field(() => String, { nullable: true, description: 'Remarks, e.g. on errors of the source text' }) note?: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: quote it in updates' }) version!: number;
  @Field(() => GraphQLDateTime, { description: 'When the record was created' }) createdAt!: Date;
  @Field(() => GraphQLDateTime, { description: 'When the record was last changed' }) updatedAt!: Date;
}

@ObjectType('LegalActRelation', { description: 'One act amends or repeals another: "source amends/repeals target", with the clauses affected and when it takes effect.' })
export class LegalActRelationType {
  @Field(() => ID, { description: 'Record id' }) id!: string;
  @Field(() => LegalActRelationKind, { description: 'Whether the source amends or repeals the target' }) kind!: 'amends' | 'repeals';
  @Field(() => [String], { description: 'The clauses of the target affected, as the source words them (empty: not specified)' }) clauses!: string[];
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the change takes effect (YYYY-MM-DD); null: when the source act enters into force' }) effectiveDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Remarks, e.g. which item of the source makes the change' }) note?: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: quote it in updates' }) version!: number;
  @Field(() => GraphQLDateTime, { description: 'When the record was created' }) createdAt!: Date;
  @Field(() => GraphQLDateTime, { description: 'When the record was last changed' }) updatedAt!: Date;
}
