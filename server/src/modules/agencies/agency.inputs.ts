/** Arguments of createAgency and updateAgency (one definition shared by both) and the list filter. */
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEmail, IsOptional, Matches, MaxLength, ArrayMaxSize, IsUUID } from 'class-validator';
import { LocalizedTextInput } from '../../common/localized-text.type.js';
import { AgencyKind } from '../../common/enums.js';
import type { AGENCY_KINDS } from '../../corpus/corpus.schema.js';
import { CODE_PATTERN } from '../../common/validation.js';

@ArgsType()
export class AgencyFields {
  @Field(() => String, { nullable: true, description: 'Stable code (lower-case slug); required on create' })
  @IsOptional() @Matches(CODE_PATTERN, { message: 'code must be a lower-case slug (a-z, 0-9, "-", ".")' }) @MaxLength(100)
  code?: string;

  @Field(() => AgencyKind, { nullable: true, description: 'Required on create' })
  kind?: (typeof AGENCY_KINDS)[number];

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Full name; required on create' })
  name?: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Abbreviation' }) shortName?: LocalizedTextInput | null;

  @Field(() => ID, { nullable: true, description: 'Parent agency id (null for a root)' })
  @IsOptional() @IsUUID('all', { message: 'parentId must be an agency id' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'BIN: 12 digits' })
  @IsOptional() @Matches(/^\d{12}$/, { message: 'bin must be 12 digits' })
  bin?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Postal address' }) address?: LocalizedTextInput | null;

  @Field(() => [String], { nullable: true, description: 'Telephone numbers as published' })
  @IsOptional() @ArrayMaxSize(20) @MaxLength(100, { each: true })
  phones?: string[];

  @Field(() => String, { nullable: true, description: 'E-mail address' })
  @IsOptional() @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Website' }) @IsOptional() @MaxLength(300) website?: string | null;
  @Field(() => String, { nullable: true, description: 'Remarks, e.g. on errors of the source text' }) @IsOptional() @MaxLength(5000) note?: string | null;
}

@ArgsType()
export class UpdateAgencyArgs extends AgencyFields {
  @Field(() => ID, { description: 'Id of the agency' }) @IsUUID('all', { message: 'id must be an agency id' }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale version fails with CONFLICT' }) version!: number;
}

@InputType('AgencyFilter', { description: 'Filters for the agency list' })
export class AgencyFilter {
  @Field(() => String, { nullable: true, description: 'Text search in code and names (kk, ru, en)' })
  @IsOptional() @MaxLength(200)
  q?: string;

  @Field(() => [ID], { nullable: true, description: 'Only these agencies' }) @IsOptional() @IsUUID('all', { each: true }) ids?: string[];
  @Field(() => AgencyKind, { nullable: true, description: 'Only agencies of this kind' }) kind?: (typeof AGENCY_KINDS)[number];
  @Field(() => ID, { nullable: true, description: 'Direct children of this agency' }) @IsOptional() @IsUUID() parentId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only agencies without a parent' }) rootsOnly?: boolean;
}
