import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ComplaintLevelKind } from '../../common/enums.js';
import type { COMPLAINT_LEVELS } from '../../corpus/corpus.schema.js';

@ArgsType()
export class RegisterComplaintArgs {
  @Field(() => ID, { nullable: true, description: 'The application complained about (its pinned standard gives the route)' })
  @IsOptional() @IsUUID('all', { message: 'applicationId must be an application id' })
  applicationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Or: the provider complained about, without an application' })
  @IsOptional() @IsUUID('all', { message: 'agencyId must be an agency id' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'With agencyId: the standard version whose complaint route applies (else the statutory terms)' })
  @IsOptional() @IsUUID('all', { message: 'standardId must be a standard version id' })
  standardId?: string | null;

  @Field(() => ComplaintLevelKind, { description: 'Where it is filed: providerHead, ministry, pscHead, qualityControlBody …' })
  level!: (typeof COMPLAINT_LEVELS)[number];

  @Field(() => String, { description: 'Who complains' })
  @MinLength(1, { message: 'complainant must not be empty' }) @MaxLength(500)
  complainant!: string;

  @Field(() => String, { description: 'What about' })
  @MinLength(1, { message: 'subject must not be empty' }) @MaxLength(20000)
  subject!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was registered (default now)' })
  @IsOptional()
  registeredAt?: Date | null;
}

@ArgsType()
export class ResolveComplaintArgs {
  @Field(() => ID, { description: 'The complaint' }) id!: string;
  @Field(() => Boolean, { description: 'Was the complaint justified?' }) justified!: boolean;
  @Field(() => String, { nullable: true, description: 'The answer given' }) @IsOptional() @MaxLength(20000) resolution?: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was resolved (default now)' }) @IsOptional() resolvedAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'The version you read' }) @IsOptional() version?: number | null;
}

@InputType('ComplaintFilter', { description: 'Filters for the complaint list' })
export class ComplaintFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these complaints' }) @IsOptional() ids?: string[];
  @Field(() => ID, { nullable: true, description: 'About this application' }) @IsOptional() applicationId?: string;
  @Field(() => ID, { nullable: true, description: 'The agency complained about' }) @IsOptional() agencyId?: string;
  @Field(() => String, { nullable: true, description: 'Concerning this standard' }) @IsOptional() @MaxLength(100) standardCode?: string;
  @Field(() => ComplaintLevelKind, { nullable: true, description: 'Filed at this level' }) level?: (typeof COMPLAINT_LEVELS)[number];
  @Field(() => Boolean, { nullable: true, description: 'true: resolved; false: open' }) resolved?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'true: open and past the review deadline' }) overdue?: boolean;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Registered on or after (Astana date)' }) registeredFrom?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Registered on or before (Astana date)' }) registeredTo?: string;
}
