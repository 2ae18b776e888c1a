/** GraphQL types of access control: Role, User, ApiKey, Identity (what `me` returns). */
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { graphqlEnum } from '../../common/graphql-enum.js';
import { ROLES, type Role } from './roles.js';

export const RoleEnum = graphqlEnum(ROLES, 'Role', 'What a caller may do (see README, "Roles and access")', {
  superadmin: 'Everything, including users and API keys',
  ministryAdmin: 'Configures agencies, legal acts and the standards provided within their agency subtree',
  operator: 'Processes the applications of their one agency',
  analyst: 'Reads everything, reports and exports; writes nothing',
  partner: 'An API key: what it may do is given by its scopes',
});

export const IdentityKindEnum = graphqlEnum(['user', 'apiKey'] as const, 'IdentityKind', 'How the caller signed in', {
  user: 'A console session (cookie)',
  apiKey: 'A partner API key (Authorization: Bearer)',
});

@ObjectType('User', { description: 'A person who signs in to the console' })
export class UserType {
  @Field(() => ID, { description: 'Id of the user' }) id!: string;
  @Field(() => String, { description: 'Sign-in e-mail (lower case)' }) email!: string;
  @Field(() => String, { description: 'Name shown in the console' }) displayName!: string;
  @Field(() => RoleEnum, { description: 'What the user may do' }) role!: Role;
  @Field(() => Boolean, { description: 'Inactive users cannot sign in' }) active!: boolean;
  @Field(() => Boolean, { description: 'A demo account (disabled outside demo mode)' }) demo!: boolean;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Last successful sign-in' }) lastLoginAt?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the password was last set' }) passwordChangedAt?: Date | null;
  @Field(() => Int, { description: 'Optimistic-lock version: quote it in updates' }) version!: number;
  @Field(() => GraphQLDateTime, { description: 'When the user was created' }) createdAt!: Date;
  @Field(() => GraphQLDateTime, { description: 'When the user was last changed' }) updatedAt!: Date;
}

@ObjectType('ApiKey', { description: 'A partner\'s API key. The secret is returned once, by createApiKey; only its hash is stored.' })
export class ApiKeyType {
  @Field(() => ID, { description: 'Id of the key (not the secret)' }) id!: string;
  @Field(() => String, { description: 'What the key is for' }) name!: string;
  @Field(() => String, { description: 'The partner (slug) that owns the key and the applications submitted with it' }) partner!: string;
  @Field(() => String, { description: 'First characters of the secret, to recognise the key' }) prefix!: string;
  @Field(() => [String], { description: 'standards:read, applications:submit, applications:read-own' }) scopes!: string[];
  @Field(() => GraphQLDateTime, { description: 'When the key stops working' }) expiresAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the key was revoked (it stopped working then)' }) revokedAt?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Last request made with the key (to the minute)' }) lastUsedAt?: Date | null;
  @Authorized('superadmin')
  @Field(() => String, { nullable: true, description: 'Who created the key (superadmins only: a partner reading its own key through `me` does not see it)' }) createdBy!: string;
  @Field(() => Int, { description: 'Optimistic-lock version' }) version!: number;
  @Field(() => GraphQLDateTime, { description: 'When the key was created' }) createdAt!: Date;
  @Field(() => GraphQLDateTime, { description: 'When the key was last changed (e.g. revoked)' }) updatedAt!: Date;
}

@ObjectType('Identity', { description: 'Who is calling: a signed-in user or an API key' })
export class IdentityType {
  @Field(() => IdentityKindEnum, { description: 'A console session or an API key' }) kind!: 'user' | 'apiKey';
  @Field(() => String, { description: 'Name in the audit log' }) actor!: string;
  @Field(() => [RoleEnum], { description: 'The roles in effect: the user\'s role, or partner for an API key' }) roles!: Role[];
  @Field(() => ID, { nullable: true, description: 'Agency scope of a ministryAdmin or operator' }) agencyId?: string | null;
  @Field(() => [String], { description: 'Scopes of an API key' }) scopes!: string[];
  @Field(() => UserType, { nullable: true, description: 'The signed-in user' }) user?: unknown;
  @Field(() => ApiKeyType, { nullable: true, description: 'The API key in use' }) apiKey?: unknown;
}
