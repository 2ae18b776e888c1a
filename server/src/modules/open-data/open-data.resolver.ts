import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { FilterQuery } from '@mikro-orm/core';
import { CreatedWebhookSubscription, StandardChangeType, WebhookDeliveryStatusEnum, WebhookDeliveryType, WebhookSubscriptionType } from './open-data.types.js';
import { ServiceStandardType } from '../standards/service-standard.type.js';
import type { IStandardChange } from './standard-change.entity.js';
import { WebhookDelivery, WebhookSubscription, type IWebhookDelivery, type IWebhookSubscription } from './webhook.entity.js';
import { createWebhookSubscription, deleteWebhookSubscription } from './webhook.service.js';
import { listStandardChanges, MAX_CHANGES } from './change-feed.js';
import { CAN_CONFIGURE } from '../access/roles.js';
import { invalidInput } from '../../common/errors.js';
import { isId } from '../../common/loader-factories.js';
import type { Context } from '../../context.js';

@Resolver(() => StandardChangeType)
export class StandardChangeResolver {
  @Query(() => [StandardChangeType], { description: 'The change feed: standard versions published or repealed at or after `since`, oldest first, with what changed. Poll with the `at` of the newest entry you have and skip ids you already have.' })
  standardChanges(
    @Arg('since', () => GraphQLDateTime, { description: 'Lower bound (inclusive) of `at`; must not be in the future' }) since: Date,
    @Arg('code', () => String, { nullable: true, description: 'Only changes of the standard with this code' }) code: string | undefined,
    @Arg('limit', () => Int, { nullable: true, description: `Maximum number of entries (1-${MAX_CHANGES}, default 100)` }) limit: number | undefined,
    @Ctx() ctx: Context,
  ): Promise<IStandardChange[]> {
    return listStandardChanges(ctx.em, since, { code, limit });
  }

  @FieldResolver(() => ID, { description: 'Id of the standard version published or repealed' })
  standardId(@Root() change: IStandardChange): string { return change.standard.id; }

  @FieldResolver(() => ServiceStandardType, { nullable: true, description: 'The standard version published or repealed' })
  standard(@Root() change: IStandardChange, @Ctx() ctx: Context) { return ctx.loaders.standard.load(change.standard.id); }
}

@Resolver(() => WebhookDeliveryType)
export class WebhookResolver {
  @Authorized(...CAN_CONFIGURE)
  @Query(() => [WebhookSubscriptionType], { description: 'Partner URLs that receive change-feed events' })
  webhookSubscriptions(@Ctx() ctx: Context): Promise<IWebhookSubscription[]> {
    return ctx.em.find(WebhookSubscription, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => CreatedWebhookSubscription, { description: 'Register a partner URL (https; its host must resolve to public addresses). The answer carries the signing secret, shown this once only.' })
  createWebhookSubscription(
    @Arg('url', () => String, { description: 'The https URL events are POSTed to' }) url: string,
    @Arg('description', () => String, { nullable: true, description: 'What it is for, e.g. the partner\'s name' }) description: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return createWebhookSubscription(ctx, url, description);
  }

  @Authorized(...CAN_CONFIGURE)
  @Mutation(() => WebhookSubscriptionType, { description: 'Delete a subscription with its delivery log; nothing more is sent to it' })
  deleteWebhookSubscription(@Arg('id', () => ID, { description: 'Id of the subscription' }) id: string, @Ctx() ctx: Context) {
    return deleteWebhookSubscription(ctx, id);
  }

  @Authorized(...CAN_CONFIGURE)
  @Query(() => [WebhookDeliveryType], { description: 'The delivery log, newest first' })
  webhookDeliveries(
    @Arg('subscriptionId', () => ID, { nullable: true, description: 'Only deliveries to this subscription' }) subscriptionId: string | undefined,
    @Arg('status', () => WebhookDeliveryStatusEnum, { nullable: true, description: 'Only deliveries in this state' }) status: IWebhookDelivery['status'] | undefined,
    @Arg('limit', () => Int, { nullable: true, description: 'Maximum number of deliveries (1-500, default 50)' }) limit: number | undefined,
    @Ctx() ctx: Context,
  ): Promise<IWebhookDelivery[]> {
    const max = limit ?? 50;
    if (!Number.isInteger(max) || max < 1 || max > 500) throw invalidInput('limit', 'must be between 1 and 500');
    const where: FilterQuery<IWebhookDelivery> = {};
    if (subscriptionId) where.subscription = isId(subscriptionId) ? subscriptionId : '00000000-0000-0000-0000-000000000000';
    if (status) where.status = status;
    return ctx.em.find(WebhookDelivery, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: max });
  }

  @FieldResolver(() => ID, { description: 'The subscription it goes to' })
  subscriptionId(@Root() delivery: IWebhookDelivery): string { return delivery.subscription.id; }
}

export const openDataResolvers = [StandardChangeResolver, WebhookResolver] as const;
