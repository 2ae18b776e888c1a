/** GraphQL type of the audit log. */
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';

@ObjectType('AuditEntry', { description: 'One recorded change: who did what to which record, when, with the record before and after. Written in the transaction of the change.' })
export class AuditEntryType {
  @Field(() => ID, { description: 'Id of the entry' }) id!: string;
  @Field(() => GraphQLDateTime, { description: 'When the change was committed' }) at!: Date;
  @Field(() => String, { description: 'Who made the change, as recorded: the user\'s e-mail, "partner:<slug>" for an API key, or the name of a system job' }) actor!: string;
  // action (the entity's `operation`) and actorUser are field resolvers (audit.resolver.ts).
  @Field(() => String, { description: 'Kind of record changed, e.g. "ServiceStandard", "CalendarDay", "User"' }) entityType!: string;
  @Field(() => String, { description: 'Id of the record changed' }) entityId!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The record before the change (relations as ids; secrets and password hashes left out); null for a creation' }) before?: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The record after the change (or the fields changed); null for a deletion' }) after?: unknown;
  @Field(() => String, { nullable: true, description: 'Id of the HTTP request that made the change (as in the server log); null for start-up jobs' }) requestId?: string | null;
}
