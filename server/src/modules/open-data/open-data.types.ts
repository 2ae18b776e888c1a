/** GraphQL types of the change feed and of webhook subscriptions and deliveries. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../common/graphql-enum.js';
import { GraphQLDateTime, GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { STANDARD_CHANGE_EVENTS } from './standard-change.entity.js';
import { DELIVERY_STATUSES } from './webhook.entity.js';

export const StandardChangeEventEnum = graphqlEnum(STANDARD_CHANGE_EVENTS, 'StandardChangeEvent', 'What happened to a standard: a version was published, or the standard was repealed', {
  published: 'A version was published (webhook event standard.published)', repealed: 'The standard was repealed by an act (webhook event standard.repealed)',
});
export const PartChangeKindEnum = graphqlEnum(['added', 'removed', 'changed'] as const, 'PartChangeKind', 'Whether a part of a standard was added, removed or changed by the new version', {
  added: 'The new version has an item the previous one did not', removed: 'The previous version had an item the new one does not', changed: 'The item is in both versions with different values',
});
export const WebhookDeliveryStatusEnum = graphqlEnum(DELIVERY_STATUSES, 'WebhookDeliveryStatus', 'Where a webhook delivery stands', {
  pending: 'Waiting for its next attempt', sending: 'An attempt is under way', delivered: 'The partner answered with a 2xx status',
  failed: 'Every attempt failed; no more are made', cancelled: 'The subscription was deactivated before delivery',
});

@ObjectType('StandardPartChange', { description: 'One difference between a published version and the version before it' })
export class StandardPartChangeType {
  @Field(() => String, { description: 'Section of the standard: deadlines, documents, refusalGrounds, fee, name … ("standard" for a first publication, "status" for a repeal)' }) part!: string;
  @Field(() => PartChangeKindEnum, { description: 'Added, removed or changed' }) kind!: string;
  @Field(() => String, { description: 'Which item of the section: e.g. "processing/issuance" for a deadline, "issuance/office/3" for a document; the section name for single-valued sections' }) key!: string;
  @Field(() => String, { nullable: true, description: 'Clause of the standard the item comes from (of the old text for removed items)' }) clause?: string | null;
  @Field(() => [String], { description: 'Changed fields of the item (empty for added and removed items)' }) fields!: string[];
  @Field(() => GraphQLJSON, { nullable: true, description: 'Old value: the whole item when removed, the changed fields when changed' }) before?: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'New value: the whole item when added, the changed fields when changed' }) after?: unknown;
}

@ObjectType('StandardChange', { description: 'An entry of the change feed: a standard version was published or repealed, with what changed against the previous version' })
export class StandardChangeType {
  @Field(() => ID, { description: 'Id of the entry (also sent in webhook bodies as change.id)' }) id!: string;
  @Field(() => GraphQLDateTime, { description: 'When the change was recorded' }) at!: Date;
  @Field(() => StandardChangeEventEnum, { description: 'Published or repealed' }) event!: string;
  @Field(() => String, { description: 'Code of the standard' }) code!: string;
  @Field(() => Int, { description: 'Number of the version published or repealed' }) versionNumber!: number;
  @Field(() => Int, { nullable: true, description: 'The version the differences are counted from (null for a first publication and for a repeal)' }) previousVersionNumber?: number | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day the change applies: the validFrom of a publication, the repeal date of a repeal' }) effectiveDate?: string | null;
  @Field(() => [StandardPartChangeType], { description: 'The differences, section by section, in the order of the standard' }) changes!: StandardPartChangeType[];
}

@ObjectType('WebhookSubscription', { description: 'A partner URL that receives change-feed events as signed POST requests' })
export class WebhookSubscriptionType {
  @Field(() => ID, { description: 'Id of the subscription' }) id!: string;
  @Field(() => String, { description: 'Where events are POSTed (https)' }) url!: string;
  @Field(() => String, { nullable: true, description: 'What the subscription is for, e.g. the partner\'s name' }) description?: string | null;
  @Field(() => Boolean, { description: 'Whether events are sent' }) active!: boolean;
  @Field(() => ID, { nullable: true, description: 'The partner API key that registered it (null when an administrator did)' }) ownerApiKeyId?: string | null;
  @Field(() => GraphQLDateTime, { description: 'When the subscription was created' }) createdAt!: Date;
  @Field(() => GraphQLDateTime, { description: 'When the subscription was last changed' }) updatedAt!: Date;
}

@ObjectType('CreatedWebhookSubscription', { description: 'A new subscription and its signing secret, which is shown this once only' })
export class CreatedWebhookSubscription {
  @Field(() => WebhookSubscriptionType, { description: 'The subscription' }) subscription!: WebhookSubscriptionType;
  @Field(() => String, { description: 'The HMAC-SHA256 key of the X-Qyzmet-Signature header. Store it now: it is never shown again.' }) secret!: string;
}

@ObjectType('WebhookDelivery', { description: 'One event sent (or to be sent) to one subscription: the delivery log' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Id of the delivery (sent as the X-Qyzmet-Delivery header and as deliveryId in the body)' }) id!: string;
  @Field(() => String, { description: 'Event name, e.g. standard.published' }) event!: string;
  @Field(() => ID, { nullable: true, description: 'The change-feed entry it announces' }) changeId?: string | null;
  @Field(() => String, { description: 'The exact JSON body that is signed and sent' }) body!: string;
  @Field(() => WebhookDeliveryStatusEnum, { description: 'Where the delivery stands' }) status!: string;
  @Field(() => Int, { description: 'Attempts made so far' }) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer (null when no answer came)' }) lastStatusCode?: number | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' }) lastError?: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the next attempt is due (null once delivered, failed or cancelled)' }) nextAttemptAt?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the partner acknowledged it with a 2xx answer' }) deliveredAt?: Date | null;
  @Field(() => GraphQLDateTime, { description: 'When it was enqueued (the commit of the change)' }) createdAt!: Date;
}
