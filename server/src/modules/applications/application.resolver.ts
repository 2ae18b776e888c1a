import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ApplicationEventType, ApplicationType, ReceiptDocumentType, ReceiptType } from './application.type.js';
import { AcceptArgs, ApplicationFilter, ApplicationInput, OptionalReasonArgs, ReasonArgs, RefuseArgs, TransitionArgs } from './application.inputs.js';
import { Application, type IApplication } from './application.entity.js';
import type { IApplicationEvent } from './application-event.entity.js';
import type { IReceipt } from './receipt.entity.js';
import {
  acceptApplication, handOverApplication, issueApplication, refuseApplication, refuseToAcceptApplication, registerApplication,
  resumeApplication, startReview, submitApplication, suspendApplication, sweepDeemedIssued,
} from './application.service.js';
import { RUNNING_STATUSES } from './application-states.js';
import { applicationPage, listConditions } from './application-list.js';
import { applicationReadScope, mayRead } from './application-scope.js';
import { documentList, missingDocuments, remainingAt } from './application-rules.js';
import { AgencyType } from '../agencies/agency.type.js';
import { ServiceStandardType } from '../standards/service-standard.type.js';
import { DocumentRequirementType, RefusalGroundType } from '../standards/standard-parts.types.js';
import { CAN_PROCESS_APPLICATIONS, CAN_READ_INTERNAL } from '../access/roles.js';
import { ListArgs, ListMetadata } from '../../common/list.js';
import { findPlain, selectedColumns } from '../../common/plain-rows.js';
import type { Context } from '../../context.js';

/** Field resolvers of ApplicationType that read only these properties of the row (for lists that read only the selected columns). */
export const APPLICATION_RESOLVER_NEEDS = { standardId: ['standard'], agencyId: ['agency'] } as const;

const asOfOrNow = (asOf: Date | null | undefined) => asOf ?? new Date();

@Resolver(() => ApplicationType)
export class ApplicationResolver {
  @Authorized(...CAN_READ_INTERNAL, 'applications:read-own')
  @Query(() => ApplicationType, { nullable: true, description: 'One application by id (operators: of their agency; partners: their own)' })
  async application(@Arg('id', () => ID, { description: 'Application id' }) id: string, @Ctx() ctx: Context): Promise<IApplication | null> {
    const application = await ctx.loaders.application.load(id);
    return application && mayRead(await applicationReadScope(ctx), application) ? application : null;
  }

  @Authorized(...CAN_READ_INTERNAL, 'applications:read-own')
  @Query(() => [ApplicationType], { description: 'Applications, filtered, sorted and paged on the server (page is zero-based; default sort: submittedAt)' })
  async applications(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => ApplicationFilter, { nullable: true, description: 'Filters (all must match)' }) filter: ApplicationFilter | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<IApplication[]> {
    // Plain rows: a page is only displayed (no hydration, no identity map).
    const select = selectedColumns(ctx.em, Application, info, APPLICATION_RESOLVER_NEEDS);
    const { where, ...page } = await applicationPage(ctx, args, filter);
    const rows = await findPlain(ctx.em, Application, where, { ...page, select });
    // Rows of only some columns must not stand in for whole ones elsewhere in the request.
    if (!select) rows.forEach((row) => ctx.loaders.application.prime(row.id, row));
    return rows;
  }

  @Authorized(...CAN_READ_INTERNAL, 'applications:read-own')
  @Query(() => ListMetadata, { description: 'Number of applications matching the filter' })
  async _applicationsMeta(@Arg('filter', () => ApplicationFilter, { nullable: true, description: 'Filters (all must match)' }) filter: ApplicationFilter | undefined, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await ctx.em.count(Application, (await listConditions(ctx, filter)).where) };
  }

  @FieldResolver(() => ID, { description: 'Id of the pinned standard version' }) standardId(@Root() a: IApplication): string { return a.standard.id; }
  @FieldResolver(() => ServiceStandardType, { description: 'The standard version in force at submission' })
  standard(@Root() a: IApplication, @Ctx() ctx: Context) { return ctx.loaders.standard.load(a.standard.id); }
  @FieldResolver(() => ID, { description: 'Id of the providing agency' }) agencyId(@Root() a: IApplication): string { return a.agency.id; }
  @FieldResolver(() => AgencyType, { description: 'The providing agency' })
  agency(@Root() a: IApplication, @Ctx() ctx: Context) { return ctx.loaders.agency.load(a.agency.id); }

  @FieldResolver(() => [DocumentRequirementType], { description: 'The standard\'s document list for this sub-service and channel' })
  async requiredDocuments(@Root() a: IApplication, @Ctx() ctx: Context) {
    return documentList(await ctx.loaders.documentRequirements.load(a.standard.id), a.subService, a.channel);
  }

  @FieldResolver(() => [DocumentRequirementType], { description: 'The documents presented' })
  async documents(@Root() a: IApplication, @Ctx() ctx: Context) {
    const presented = new Set(a.presentedDocuments);
    return documentList(await ctx.loaders.documentRequirements.load(a.standard.id), a.subService, a.channel).filter((d) => presented.has(d.ordinal));
  }

  @FieldResolver(() => [DocumentRequirementType], { description: 'Required documents not presented (a non-empty list means the set is incomplete)' })
  async missingDocuments(@Root() a: IApplication, @Ctx() ctx: Context) {
    return missingDocuments(documentList(await ctx.loaders.documentRequirements.load(a.standard.id), a.subService, a.channel), a.applicantKind, a.presentedDocuments);
  }

  @FieldResolver(() => [RefusalGroundType], { description: 'The refusal grounds cited' })
  async refusalGrounds(@Root() a: IApplication, @Ctx() ctx: Context) {
    const cited = new Set(a.refusalGroundIds);
    return (await ctx.loaders.refusalGrounds.load(a.standard.id)).filter((g) => cited.has(g.id));
  }

  @FieldResolver(() => ReceiptType, { nullable: true, description: 'The receipt of acceptance or of refusal to accept' })
  receipt(@Root() a: IApplication, @Ctx() ctx: Context): Promise<IReceipt | null> { return ctx.loaders.applicationReceipt.load(a.id); }

  @FieldResolver(() => [ApplicationEventType], { description: 'The timeline, oldest first' })
  events(@Root() a: IApplication, @Ctx() ctx: Context): Promise<IApplicationEvent[]> { return ctx.loaders.applicationEvents.load(a.id); }

  @FieldResolver(() => Float, { nullable: true, description: 'How much of the term is left, in deadlineUnit (0 = due today for day units; negative = overdue). Frozen while suspended; at the decision once decided; null without a deadline or when not accepted.' })
  async remaining(@Root() a: IApplication, @Ctx() ctx: Context,
    @Arg('asOf', () => GraphQLDateTime, { nullable: true, description: 'Instead of now (open applications)' }) asOf?: Date | null): Promise<number | null> {
    if (!a.dueAt || !a.deadlineUnit || a.status === 'notAccepted') return null;
    if (a.status === 'suspended') return a.suspendedRemaining ?? null;
    const at = a.closedAt ?? asOfOrNow(asOf);
    return remainingAt(a.submittedAt, a.dueAt, a.deadlineUnit, at, await ctx.loaders.calendar());
  }

  @FieldResolver(() => Boolean, { description: 'Open, the clock running, and past the due date (decided applications: see outcome)' })
  overdue(@Root() a: IApplication, @Arg('asOf', () => GraphQLDateTime, { nullable: true, description: 'Instead of now' }) asOf?: Date | null): boolean {
    return RUNNING_STATUSES.includes(a.status) && !!a.dueAt && asOfOrNow(asOf).getTime() > a.dueAt.getTime();
  }

  @FieldResolver(() => Boolean, { description: 'Decided, not yet handed over, and past the hand-over deadline' })
  handoverOverdue(@Root() a: IApplication, @Arg('asOf', () => GraphQLDateTime, { nullable: true, description: 'Instead of now' }) asOf?: Date | null): boolean {
    return !a.handedOverAt && !!a.handoverDueAt && asOfOrNow(asOf).getTime() > a.handoverDueAt.getTime();
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Queue wait within the standard\'s limit (null when either is unknown)' })
  queueWaitWithinLimit(@Root() a: IApplication): boolean | null {
    return a.queueWaitMinutes === null || a.queueWaitMinutes === undefined || a.queueWaitLimitMinutes === null || a.queueWaitLimitMinutes === undefined
      ? null : a.queueWaitMinutes <= a.queueWaitLimitMinutes;
  }

  @Authorized(...CAN_PROCESS_APPLICATIONS)
  @Mutation(() => ApplicationType, { description: 'Register an application handed in at a counter or by post (submittedAt may be in the past)' })
  registerApplication(@Arg('input', () => ApplicationInput, { description: 'The application as handed in' }) input: ApplicationInput, @Ctx() ctx: Context) { return registerApplication(ctx, input); }

  @Authorized('superadmin', 'applications:submit')
  @Mutation(() => ApplicationType, { description: 'Partner submission, idempotent: the same key again returns the first application (even when both calls race); the same key with a different input fails with CONFLICT. Keys expire after 24 hours.' })
  submitApplication(@Arg('input', () => ApplicationInput, { description: 'The application (submittedAt is set by the registry)' }) input: ApplicationInput,
    @Arg('idempotencyKey', () => String, { description: 'Chosen by the partner, unique per submission (e.g. a UUID); 1-200 characters: letters, digits, ".", "_", ":", "-". Expires after 24 hours.' }) idempotencyKey: string, @Ctx() ctx: Context) {
    return submitApplication(ctx, input, idempotencyKey);
  }

  @Authorized(...CAN_PROCESS_APPLICATIONS)
  @Mutation(() => ApplicationType, { description: 'submitted → accepted: the set is complete; registers it and issues a receipt with number, date, documents and the legal due date' })
  acceptApplication(@Args(() => AcceptArgs) args: AcceptArgs, @Ctx() ctx: Context) { return acceptApplication(ctx, args); }

  @Authorized(...CAN_PROCESS_APPLICATIONS)
  @Mutation(() => ApplicationType, { description: 'submitted → notAccepted: the set is incomplete; issues a receipt of refusal to accept that names the missing documents' })
  refuseToAcceptApplication(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: Context) { return refuseToAcceptApplication(ctx, args); }

  @Authorized(...CAN_PROCESS_APPLICATIONS)
  @Mutation(() => ApplicationType, { description: 'accepted → inReview' })
  startApplicationReview(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: Context) { return startReview(ctx, args); }

  @Authorized(...CAN_PROCESS_APPLICATIONS)
  @Mutation(() => ApplicationType, { description: 'accepted | inReview → suspended: stops the clock, keeping the remaining term' })
  suspendApplication(@Args(() => ReasonArgs) args: ReasonArgs, @Ctx() ctx: Context) { return suspendApplication(ctx, args); }

  @Authorized(...CAN_PROCESS_APPLICATIONS)
  @Mutation(() => ApplicationType, { description: 'suspended → the status before: restarts the clock with the remaining term' })
  resumeApplication(@Args(() => OptionalReasonArgs) args: OptionalReasonArgs, @Ctx() ctx: Context) { return resumeApplication(ctx, args); }

  @Authorized(...CAN_PROCESS_APPLICATIONS)
  @Mutation(() => ApplicationType, { description: 'inReview → issued' })
  issueApplication(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: Context) { return issueApplication(ctx, args); }

  @Authorized(...CAN_PROCESS_APPLICATIONS)
  @Mutation(() => ApplicationType, { description: 'inReview → refused, citing one or more of the pinned standard version\'s refusal grounds' })
  refuseApplication(@Args(() => RefuseArgs) args: RefuseArgs, @Ctx() ctx: Context) { return refuseApplication(ctx, args); }

  @Authorized(...CAN_PROCESS_APPLICATIONS)
  @Mutation(() => ApplicationType, { description: 'issued | refused | deemedIssued → handedOver' })
  handOverApplication(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: Context) { return handOverApplication(ctx, args); }

  @Authorized('superadmin')
  @Mutation(() => Int, { description: 'Applies the "deemed issued" rule to every application whose deadline passed (as of now, or asOf); returns how many were marked' })
  markDeemedIssued(@Arg('asOf', () => GraphQLDateTime, { nullable: true, description: 'Instead of now (not in the future)' }) asOf: Date | undefined, @Ctx() ctx: Context) {
    return sweepDeemedIssued(ctx, asOf ?? new Date());
  }
}

@Resolver(() => ReceiptType)
export class ReceiptResolver {
  @FieldResolver(() => ID, { description: 'Id of the registering agency' }) agencyId(@Root() r: IReceipt): string { return r.agency.id; }
  @FieldResolver(() => AgencyType, { description: 'The registering agency' })
  agency(@Root() r: IReceipt, @Ctx() ctx: Context) { return ctx.loaders.agency.load(r.agency.id); }
  @FieldResolver(() => ID, { description: 'Id of the application' }) applicationId(@Root() r: IReceipt): string { return r.application.id; }

  @FieldResolver(() => [ReceiptDocumentType], { description: 'Documents received' })
  documentsReceived(@Root() r: IReceipt, @Ctx() ctx: Context) { return receiptDocuments(r, r.documentsReceived, ctx); }

  @FieldResolver(() => [ReceiptDocumentType], { description: 'Refusal to accept: the documents missing from the required list' })
  missingDocuments(@Root() r: IReceipt, @Ctx() ctx: Context) { return receiptDocuments(r, r.missingDocuments, ctx); }
}

/** Ordinals of a receipt with their titles from the pinned version's list. */
async function receiptDocuments(r: IReceipt, ordinals: number[], ctx: Context): Promise<ReceiptDocumentType[]> {
  if (!ordinals.length) return [];
  const application = await ctx.loaders.application.load(r.application.id);
  if (!application) return [];
  const list = documentList(await ctx.loaders.documentRequirements.load(application.standard.id), application.subService, application.channel);
  return ordinals.map((ordinal) => ({ ordinal, title: list.find((d) => d.ordinal === ordinal)?.title ?? { kk: null, en: `document ${ordinal}` } }));
}
