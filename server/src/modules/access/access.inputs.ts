/** Arguments of the users and API-key mutations and their list filters (react-admin grammar). */
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, IsBoolean, IsEmail, IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { RoleEnum } from './access.types.js';
import type { Role } from './roles.js';
import { MAX_PASSWORD_LENGTH } from './password.js';
import { CODE_PATTERN } from '../../common/validation.js';

@ArgsType()
export class LoginArgs {
  @Field(() => String, { description: 'Sign-in e-mail (case does not matter)' }) @MaxLength(254) email!: string;
  @Field(() => String, { description: 'Password' }) @MaxLength(MAX_PASSWORD_LENGTH) password!: string;
}

@ArgsType()
export class UserFields {
  @Field(() => String, { nullable: true, description: 'Sign-in e-mail; required on create' })
  @IsOptional() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254)
  email?: string;

  @Field(() => String, { nullable: true, description: 'Name shown in the console; required on create' })
  @IsOptional() @MinLength(1) @MaxLength(200)
  displayName?: string;

  @Field(() => RoleEnum, { nullable: true, description: 'Required on create; partner is not a user role (partners use API keys)' })
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'Agency scope: required for ministryAdmin and operator, empty for the others' })
  @IsOptional() @IsUUID('all', { message: 'agencyId must be an agency id' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: `Password (10-${MAX_PASSWORD_LENGTH} characters); required on create; on update sets a new one and ends the user's sessions` })
  @IsOptional() @MaxLength(MAX_PASSWORD_LENGTH)
  password?: string;

  @Field(() => Boolean, { nullable: true, description: 'Inactive users cannot sign in (default true)' })
  @IsOptional() @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class UpdateUserArgs extends UserFields {
  @Field(() => ID, { description: 'Id of the user' }) @IsUUID('all', { message: 'id must be a user id' }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale version fails with CONFLICT' }) version!: number;
}

@InputType('UserFilter', { description: 'Filters for the user list' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Text search in e-mail and name' }) @IsOptional() @MaxLength(200) q?: string;
  @Field(() => [ID], { nullable: true, description: 'Only these users' }) @IsOptional() @IsUUID('all', { each: true }) @ArrayMaxSize(500) ids?: string[];
  @Field(() => RoleEnum, { nullable: true, description: 'Only users of this role' }) role?: Role;
  @Field(() => ID, { nullable: true, description: 'Only users scoped to this agency' }) @IsOptional() @IsUUID() agencyId?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: active users; false: deactivated ones' }) active?: boolean;
}

@ArgsType()
export class CreateApiKeyArgs {
  @Field(() => String, { description: 'What the key is for, e.g. "eGov mobile, production"' })
  @MinLength(1) @MaxLength(200)
  name!: string;

  @Field(() => String, { description: 'The partner that owns the key (slug, e.g. "kaspi-gov")' })
  @Matches(CODE_PATTERN, { message: 'partner must be a lower-case slug (a-z, 0-9, "-", ".")' }) @MaxLength(100)
  partner!: string;

  @Field(() => [String], { description: 'Any of standards:read, applications:submit, applications:read-own' })
  @ArrayMaxSize(10)
  scopes!: string[];

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the key stops working (default: in 365 days; at most 3 years ahead)' })
  expiresAt?: Date | null;
}

@InputType('ApiKeyFilter', { description: 'Filters for the API key list' })
export class ApiKeyFilter {
  @Field(() => String, { nullable: true, description: 'Text search in name, partner and prefix' }) @IsOptional() @MaxLength(200) q?: string;
  @Field(() => [ID], { nullable: true, description: 'Only these keys' }) @IsOptional() @IsUUID('all', { each: true }) @ArrayMaxSize(500) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Only the keys of this partner' }) @IsOptional() @MaxLength(100) partner?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: neither revoked nor expired; false: revoked or expired' }) active?: boolean;
}
