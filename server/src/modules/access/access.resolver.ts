/**
 * GraphQL of access control.
 *
 *   login(email, password): User!      sets the session cookie
 *   logout: Boolean!                   ends the session, clears the cookie
 *   me: Identity                       null when anonymous
 *   users / user / _usersMeta / createUser / updateUser / deleteUser          superadmin
 *   apiKeys / apiKey / _apiKeysMeta / createApiKey (secret once) / revokeApiKey  superadmin
 */
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { ApiKeyType, IdentityType, UserType } from './access.types.js';
import { ApiKeyFilter, CreateApiKeyArgs, LoginArgs, UpdateUserArgs, UserFields, UserFilter } from './access.inputs.js';
import { User, type IUser } from './user.entity.js';
import { ApiKey, type IApiKey } from './api-key.entity.js';
import { login, logout } from './auth.service.js';
import { createUser, deleteUser, updateUser } from './user.service.js';
import { createApiKey, revokeApiKey, type ApiKeyWithSecret } from './api-key.service.js';
import { AgencyType } from '../agencies/agency.type.js';
import type { IAgency } from '../agencies/agency.entity.js';
import { ListArgs, ListMetadata, SortOrder, toPaging } from '../../common/list.js';
import { likePattern } from '../../common/validation.js';
import { isId } from '../../common/loader-factories.js';
import type { Context } from '../../context.js';

const USER_SORTABLE = { email: 'email', displayName: 'displayName', role: 'role', active: 'active', createdAt: 'createdAt', updatedAt: 'updatedAt', lastLoginAt: 'lastLoginAt' };
const KEY_SORTABLE = { name: 'name', partner: 'partner', expiresAt: 'expiresAt', revokedAt: 'revokedAt', lastUsedAt: 'lastUsedAt', createdAt: 'createdAt' };

function userWhere(filter: UserFilter | undefined): FilterQuery<IUser> {
  const conditions: FilterQuery<IUser>[] = [];
  if (filter?.q) {
    const like = likePattern(filter.q);
    conditions.push({ $or: [{ email: { $ilike: like } }, { displayName: { $ilike: like } }] });
  }
  if (filter?.ids) conditions.push({ id: { $in: filter.ids.filter(isId) } });
  if (filter?.role) conditions.push({ role: filter.role as IUser['role'] });
  if (filter?.agencyId) conditions.push({ agency: filter.agencyId });
  if (filter?.active !== undefined && filter.active !== null) conditions.push({ active: filter.active });
  return conditions.length ? { $and: conditions } : {};
}

function keyWhere(filter: ApiKeyFilter | undefined): FilterQuery<IApiKey> {
  const conditions: FilterQuery<IApiKey>[] = [];
  if (filter?.q) {
    const like = likePattern(filter.q);
    conditions.push({ $or: [{ name: { $ilike: like } }, { partner: { $ilike: like } }, { prefix: { $ilike: like } }] });
  }
  if (filter?.ids) conditions.push({ id: { $in: filter.ids.filter(isId) } });
  if (filter?.partner) conditions.push({ partner: filter.partner });
  if (filter?.active === true) conditions.push({ revokedAt: null, expiresAt: { $gt: new Date() } });
  if (filter?.active === false) conditions.push({ $or: [{ revokedAt: { $ne: null } }, { expiresAt: { $lte: new Date() } }] });
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => IdentityType)
export class AuthResolver {
  @Mutation(() => UserType, { description: 'Sign in to the console: sets an httpOnly session cookie and returns the user. Wrong credentials: UNAUTHENTICATED; too many attempts: RATE_LIMITED.' })
  login(@Args(() => LoginArgs) args: LoginArgs, @Ctx() ctx: Context): Promise<IUser> {
    return login(ctx, args.email, args.password);
  }

  @Mutation(() => Boolean, { description: 'Sign out: ends the session and clears the cookie (true also when there was none)' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return logout(ctx);
  }

  @Query(() => IdentityType, { nullable: true, description: 'Who is calling: the signed-in user or the API key; null when anonymous' })
  async me(@Ctx() ctx: Context): Promise<IdentityType | null> {
    const { identity } = ctx;
    if (identity.kind === 'user' && identity.userId) {
      const user = await ctx.em.findOne(User, { id: identity.userId });
      return { kind: 'user', actor: identity.actor, roles: identity.roles, agencyId: identity.agencyId ?? null, scopes: [], user, apiKey: null };
    }
    if (identity.kind === 'apiKey' && identity.apiKeyId) {
      const apiKey = await ctx.em.findOne(ApiKey, { id: identity.apiKeyId });
      return { kind: 'apiKey', actor: identity.actor, roles: identity.roles, agencyId: null, scopes: identity.scopes, user: null, apiKey };
    }
    return null;
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency of the scope' })
  agency(@Root() identity: IdentityType, @Ctx() ctx: Context): Promise<IAgency | null> | null {
    return identity.agencyId ? ctx.loaders.agency.load(identity.agencyId) : null;
  }
}

@Resolver(() => UserType)
export class UserResolver {
  @Authorized('superadmin')
  @Query(() => UserType, { nullable: true, description: 'One user by id' })
  user(@Arg('id', () => ID, { description: 'Id' }) id: string, @Ctx() ctx: Context): Promise<IUser | null> | null {
    return isId(id) ? ctx.em.findOne(User, { id }) : null;
  }

  @Authorized('superadmin')
  @Query(() => [UserType], { description: 'Users, filtered, sorted and paged (page is zero-based; default sort by e-mail)' })
  users(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => UserFilter, { nullable: true, description: 'Conditions the users must meet' }) filter: UserFilter | undefined, @Ctx() ctx: Context): Promise<IUser[]> {
    const { limit, offset, orderBy } = toPaging(args, USER_SORTABLE, 'email');
    return ctx.em.find(User, userWhere(filter), { limit, offset, orderBy: orderBy as never });
  }

  @Authorized('superadmin')
  @Query(() => ListMetadata, { description: 'Number of users matching the filter' })
  async _usersMeta(@Arg('filter', () => UserFilter, { nullable: true, description: 'Conditions the users must meet' }) filter: UserFilter | undefined, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await ctx.em.count(User, userWhere(filter)) };
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Agency scope (ministryAdmin: the agency and its subtree; operator: the agency)' })
  agencyId(@Root() user: IUser): string | null {
    return user.agency?.id ?? null;
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency of the scope' })
  agency(@Root() user: IUser, @Ctx() ctx: Context): Promise<IAgency | null> | null {
    return user.agency ? ctx.loaders.agency.load(user.agency.id) : null;
  }

  @Authorized('superadmin')
  @Mutation(() => UserType, { description: 'Create a console user' })
  createUser(@Args(() => UserFields) input: UserFields, @Ctx() ctx: Context): Promise<IUser> {
    return createUser(ctx, input);
  }

  @Authorized('superadmin')
  @Mutation(() => UserType, { description: 'Update a user; quote the version you read. A new password or deactivation ends the user\'s sessions.' })
  updateUser(@Args(() => UpdateUserArgs) input: UpdateUserArgs, @Ctx() ctx: Context): Promise<IUser> {
    return updateUser(ctx, input);
  }

  @Authorized('superadmin')
  @Mutation(() => UserType, { description: 'Delete a user (not yourself, not the last superadmin)' })
  deleteUser(@Arg('id', () => ID, { description: 'Id' }) id: string, @Ctx() ctx: Context): Promise<IUser> {
    return deleteUser(ctx, id);
  }
}

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Authorized('superadmin')
  @Query(() => ApiKeyType, { nullable: true, description: 'One API key by id (never its secret)' })
  apiKey(@Arg('id', () => ID, { description: 'Id' }) id: string, @Ctx() ctx: Context): Promise<IApiKey | null> | null {
    return isId(id) ? ctx.em.findOne(ApiKey, { id }) : null;
  }

  @Authorized('superadmin')
  @Query(() => [ApiKeyType], { description: 'API keys, filtered, sorted and paged (page is zero-based; default newest first)' })
  apiKeys(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => ApiKeyFilter, { nullable: true, description: 'Conditions the keys must meet' }) filter: ApiKeyFilter | undefined, @Ctx() ctx: Context): Promise<IApiKey[]> {
    const newestFirst = !args.sortField && !args.sortOrder;
    const { limit, offset, orderBy } = toPaging(newestFirst ? { ...args, sortOrder: SortOrder.DESC } : args, KEY_SORTABLE, 'createdAt');
    return ctx.em.find(ApiKey, keyWhere(filter), { limit, offset, orderBy: orderBy as never });
  }

  @Authorized('superadmin')
  @Query(() => ListMetadata, { description: 'Number of API keys matching the filter' })
  async _apiKeysMeta(@Arg('filter', () => ApiKeyFilter, { nullable: true, description: 'Conditions the keys must meet' }) filter: ApiKeyFilter | undefined, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await ctx.em.count(ApiKey, keyWhere(filter)) };
  }

  @FieldResolver(() => Boolean, { description: 'Neither revoked nor expired' })
  active(@Root() key: IApiKey): boolean {
    return !key.revokedAt && key.expiresAt.getTime() > Date.now();
  }

  @FieldResolver(() => String, { nullable: true, description: 'The secret (qz_…): only in the answer of createApiKey, never again' })
  secret(@Root() key: ApiKeyWithSecret): string | null {
    return key.secret ?? null;
  }

  @Authorized('superadmin')
  @Mutation(() => ApiKeyType, { description: 'Create a partner API key. The answer\'s `secret` is the only time the key is shown: store it safely.' })
  createApiKey(@Args(() => CreateApiKeyArgs) input: CreateApiKeyArgs, @Ctx() ctx: Context): Promise<ApiKeyWithSecret> {
    return createApiKey(ctx, input);
  }

  @Authorized('superadmin')
  @Mutation(() => ApiKeyType, { description: 'Revoke an API key: it stops working at once (idempotent)' })
  revokeApiKey(@Arg('id', () => ID, { description: 'Id' }) id: string, @Ctx() ctx: Context): Promise<IApiKey> {
    return revokeApiKey(ctx, id);
  }
}

export const accessResolvers = [AuthResolver, UserResolver, ApiKeyResolver] as const;
