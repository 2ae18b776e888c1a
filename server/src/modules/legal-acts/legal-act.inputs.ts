/**
 * Arguments of createLegalAct and updateLegalAct (one definition shared by both), the list filter,
 * and the arguments of the relation mutations (addLegalActRelation, updateLegalActRelation).
 */
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { LocalizedTextInput } from '../../common/localized-text.type.js';
import { LegalActKind, LegalActRelationKind, LegalActStatus } from '../../common/enums.js';
import type { LEGAL_ACT_KINDS } from '../../corpus/corpus.schema.js';
import { CODE_PATTERN } from '../../common/validation.js';

export type LegalActStatusValue = 'inForce' | 'repealed' | 'unknown';
export type LegalActRelationKindValue = 'amends' | 'repeals';

@ArgsType()
export class LegalActFields {
  @Field(() => String, { nullable: true, description: 'Stable code (lower-case slug, e.g. "res-1130-2012"); required on create, unique' })
  @IsOptional() @Matches(CODE_PATTERN, { message: 'code must be a lower-case slug (a-z, 0-9, "-", ".")' }) @MaxLength(100)
  code?: string;

  @Field(() => LegalActKind, { nullable: true, description: 'Kind of act; required on create' })
  kind?: (typeof LEGAL_ACT_KINDS)[number];

  @Field(() => String, { nullable: true, description: 'Number as printed, without "№" (e.g. "1130", "88-V", "ҚР ДСМ-304/2020"); null when there is none' })
  @IsOptional() @MaxLength(50, { message: 'number must be at most 50 characters' })
  number?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of adoption or signature (YYYY-MM-DD); not in the future' })
  date?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Title; required on create' })
  title?: LocalizedTextInput;

  @Field(() => String, { nullable: true, description: 'Where the act was officially published' })
  @IsOptional() @MaxLength(1000)
  publication?: string | null;

  @Field(() => String, { nullable: true, description: 'How the act enters into force, as its text says' })
  @IsOptional() @MaxLength(2000)
  entryIntoForceRule?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of entry into force (YYYY-MM-DD); not before the act\'s date' })
  entryIntoForce?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when entryIntoForce is an estimate; requires entryIntoForce (default false)' })
  entryIntoForceEstimated?: boolean;

  @Field(() => LegalActStatus, { nullable: true, description: 'Whether the act is in force (default unknown)' })
  status?: LegalActStatusValue;

  @Field(() => String, { nullable: true, description: 'Remarks, e.g. on errors of the source text' })
  @IsOptional() @MaxLength(5000)
  note?: string | null;
}

@ArgsType()
export class UpdateLegalActArgs extends LegalActFields {
  @Field(() => ID, { description: 'Id of the act to change' }) @IsUUID('all', { message: 'id must be a legal act id' }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale version fails with CONFLICT' }) version!: number;
}

@InputType('LegalActFilter', { description: 'Filters for the legal act list (all given conditions must hold)' })
export class LegalActFilter {
  @Field(() => String, { nullable: true, description: 'Text search in code, number and title (kk, ru, en)' })
  @IsOptional() @MaxLength(200)
  q?: string;

  @Field(() => [ID], { nullable: true, description: 'Only these acts' })
  @IsOptional() @IsUUID('all', { each: true, message: 'ids must be legal act ids' }) @ArrayMaxSize(500)
  ids?: string[];

  @Field(() => LegalActKind, { nullable: true, description: 'Only acts of this kind' })
  kind?: (typeof LEGAL_ACT_KINDS)[number];

  @Field(() => LegalActStatus, { nullable: true, description: 'Only acts with this status' })
  status?: LegalActStatusValue;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Only acts in force on this date: entryIntoForce on or before it, and no repeal taking effect on or before it '
      + '(a repeal takes effect on its effectiveDate, else when the repealing act enters into force). Acts with no known entryIntoForce are left out.',
  })
  inForceOn?: string;
}

@ArgsType()
export class AddLegalActRelationArgs {
  @Field(() => ID, { description: 'The amending or repealing act' })
  @IsUUID('all', { message: 'sourceId must be a legal act id' })
  sourceId!: string;

  @Field(() => ID, { description: 'The act amended or repealed' })
  @IsUUID('all', { message: 'targetId must be a legal act id' })
  targetId!: string;

  @Field(() => LegalActRelationKind, { description: 'Whether the source amends or repeals the target' })
  kind!: LegalActRelationKindValue;

  @Field(() => [String], { nullable: true, description: 'Clauses of the target affected, as the source words them' })
  @IsOptional() @ArrayMaxSize(200) @MinLength(1, { each: true, message: 'clauses must not contain empty strings' }) @MaxLength(1000, { each: true })
  clauses?: string[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the change takes effect, if the source says so; not before the source act\'s date' })
  effectiveDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Remarks, e.g. which item of the source makes the change' })
  @IsOptional() @MaxLength(5000)
  note?: string | null;
}

@ArgsType()
export class UpdateLegalActRelationArgs {
  @Field(() => ID, { description: 'Id of the relation to change' })
  @IsUUID('all', { message: 'id must be a legal act relation id' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version fails with CONFLICT' })
  version!: number;

  @Field(() => [String], { nullable: true, description: 'Clauses of the target affected, as the source words them' })
  @IsOptional() @ArrayMaxSize(200) @MinLength(1, { each: true, message: 'clauses must not contain empty strings' }) @MaxLength(1000, { each: true })
  clauses?: string[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the change takes effect; not before the source act\'s date' })
  effectiveDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Remarks' })
  @IsOptional() @MaxLength(5000)
  note?: string | null;
}
