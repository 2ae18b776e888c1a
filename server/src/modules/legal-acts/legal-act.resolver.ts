import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { LegalActRelationType, LegalActType } from './legal-act.type.js';
import { AddLegalActRelationArgs, LegalActFields, LegalActFilter, UpdateLegalActArgs, UpdateLegalActRelationArgs } from './legal-act.inputs.js';
import { LegalAct, type ILegalAct, type ILegalActRelation } from './legal-act.entity.js';
import {
  addLegalActRelation, createLegalAct, deleteLegalAct, removeLegalActRelation, updateLegalAct, updateLegalActRelation,
} from './legal-act.service.js';
import { ListArgs, ListMetadata, toPaging } from '../../common/list.js';
import { likePattern } from '../../common/validation.js';
import type { Context } from '../../context.js';
import { CAN_CONFIGURE, CAN_READ_INTERNAL } from '../access/roles.js';

const SORTABLE = {
  code: 'code', kind: 'kind', number: 'number', date: 'date', entryIntoForce: 'entryIntoForce', status: 'status',
  createdAt: 'createdAt', updatedAt: 'updatedAt', 'title.kk': 'title.kk', 'title.ru': 'title.ru', 'title.en': 'title.en',
};

/** Acts with no repeal taking effect on or before the date (`?`): effectiveDate, else the repealing act's entry into force. */
const NOT_REPEALED_ON = (alias: string) => `not exists (select 1 from legal_act_relation r join legal_act s on s.id = r.source_id
  where r.target_id = ${alias}.id and r.kind = 'repeals' and coalesce(r.effective_date, s.entry_into_force) <= ?)`;

function where(filter: LegalActFilter | undefined): FilterQuery<ILegalAct> {
  const conditions: FilterQuery<ILegalAct>[] = [];
  if (filter?.q) {
    const like = likePattern(filter.q);
    conditions.push({ $or: [
      { code: { $ilike: like } }, { number: { $ilike: like } },
      { title: { kk: { $ilike: like } } }, { title: { ru: { $ilike: like } } }, { title: { en: { $ilike: like } } },
    ] } as FilterQuery<ILegalAct>);
  }
  if (filter?.ids) conditions.push({ id: { $in: filter.ids } });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.inForceOn) {
    conditions.push({ entryIntoForce: { $lte: filter.inForceOn } } as FilterQuery<ILegalAct>);
    conditions.push({ [raw(NOT_REPEALED_ON, [filter.inForceOn])]: [] } as FilterQuery<ILegalAct>);
  }
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => LegalActType)
export class LegalActResolver {
  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => LegalActType, { nullable: true, description: 'One legal act by id' })
  legalAct(@Arg('id', () => ID, { description: 'Id of the act' }) id: string, @Ctx() ctx: Context): Promise<ILegalAct | null> {
    return ctx.loaders.legalAct.load(id);
  }

  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => [LegalActType], { description: 'Legal acts, filtered, sorted and paged (page is zero-based; default sort by code)' })
  async legalActs(
    @Args(() => ListArgs) args: ListArgs,
    @Arg('filter', () => LegalActFilter, { nullable: true, description: 'Conditions the acts must meet' }) filter: LegalActFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<ILegalAct[]> {
    const { limit, offset, orderBy } = toPaging(args, SORTABLE, 'code');
    const rows = await ctx.em.find(LegalAct, where(filter), { limit, offset, orderBy: orderBy as never });
    rows.forEach((row) => ctx.loaders.legalAct.prime(row.id, row));
    return rows;
  }

  @Authorized(...CAN_READ_INTERNAL)
  @Query(() => ListMetadata, { description: 'Number of legal acts matching the filter' })
  async _legalActsMeta(
    @Arg('filter', () => LegalActFilter, { nullable: true, description: 'Conditions the acts must meet' }) filter: LegalActFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    return { count: await ctx.em.count(LegalAct, where(filter)) };
  }

  @FieldResolver(() => [LegalActRelationType], { description: 'Acts this act amends (this act is the source)' })
  async amends(@Root() act: ILegalAct, @Ctx() ctx: Context): Promise<ILegalActRelation[]> {
    return (await ctx.loaders.legalActRelationsBySource.load(act.id)).filter((r) => r.kind === 'amends');
  }

  @FieldResolver(() => [LegalActRelationType], { description: 'Acts this act repeals (this act is the source)' })
  async repeals(@Root() act: ILegalAct, @Ctx() ctx: Context): Promise<ILegalActRelation[]> {
    return (await ctx.loaders.legalActRelationsBySource.load(act.id)).filter((r) => r.kind === 'repeals');
  }

  @FieldResolver(() => [LegalActRelationType], { description: 'Acts that amend this act (this act is the target)' })
  async amendedBy(@Root() act: ILegalAct, @Ctx() ctx: Context): Promise<ILegalActRelation[]> {
    return (await ctx.loaders.legalActRelationsByTarget.load(act.id)).filter((r) => r.kind === 'amends');
  }

  @FieldResolver(() => [LegalActRelationType], { description: 'Acts that repeal this act (this act is the target)' })
  async repealedBy(@Root() act: ILegalAct, @Ctx() ctx: Context): Promise<ILegalActRelation[]> {
    return (await ctx.loaders.legalActRelationsByTarget.load(act.id)).filter((r) => r.kind === 'repeals');
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => LegalActType, { description: 'Create a legal act' })
  createLegalAct(@Args(() => LegalActFields) input: LegalActFields, @Ctx() ctx: Context): Promise<ILegalAct> {
    return createLegalAct(ctx, input);
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => LegalActType, { description: 'Update a legal act; quote the version you read. Omitted arguments stay as they are.' })
  updateLegalAct(@Args(() => UpdateLegalActArgs) input: UpdateLegalActArgs, @Ctx() ctx: Context): Promise<ILegalAct> {
    return updateLegalAct(ctx, input);
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => LegalActType, {
    description: 'Delete a legal act that no standard refers to and no other act amends or repeals; its own amendments and repeals of other acts are deleted with it',
  })
  deleteLegalAct(@Arg('id', () => ID, { description: 'Id of the act' }) id: string, @Ctx() ctx: Context): Promise<ILegalAct> {
    return deleteLegalAct(ctx, id);
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => LegalActRelationType, { description: 'Record that one act amends or repeals another' })
  addLegalActRelation(@Args(() => AddLegalActRelationArgs) input: AddLegalActRelationArgs, @Ctx() ctx: Context): Promise<ILegalActRelation> {
    return addLegalActRelation(ctx, input);
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => LegalActRelationType, { description: 'Change the clauses, effective date or note of a relation between acts; quote the version you read' })
  updateLegalActRelation(@Args(() => UpdateLegalActRelationArgs) input: UpdateLegalActRelationArgs, @Ctx() ctx: Context): Promise<ILegalActRelation> {
    return updateLegalActRelation(ctx, input);
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => LegalActRelationType, { description: 'Delete a relation between acts' })
  removeLegalActRelation(@Arg('id', () => ID, { description: 'Id of the relation' }) id: string, @Ctx() ctx: Context): Promise<ILegalActRelation> {
    return removeLegalActRelation(ctx, id);
  }
}

@Resolver(() => LegalActRelationType)
export class LegalActRelationResolver {
  @FieldResolver(() => ID, { description: 'Id of the amending or repealing act' })
  sourceId(@Root() relation: ILegalActRelation): string {
    return relation.source.id;
  }

  @FieldResolver(() => ID, { description: 'Id of the act amended or repealed' })
  targetId(@Root() relation: ILegalActRelation): string {
    return relation.target.id;
  }

  @FieldResolver(() => LegalActType, { description: 'The amending or repealing act' })
  async source(@Root() relation: ILegalActRelation, @Ctx() ctx: Context): Promise<ILegalAct> {
    return (await ctx.loaders.legalAct.load(relation.source.id))!;
  }

  @FieldResolver(() => LegalActType, { description: 'The act amended or repealed' })
  async target(@Root() relation: ILegalActRelation, @Ctx() ctx: Context): Promise<ILegalAct> {
    return (await ctx.loaders.legalAct.load(relation.target.id))!;
  }
}
