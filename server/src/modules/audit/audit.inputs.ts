/** The audit log's list filter (react-admin grammar: every given condition must hold). */
import { Field, ID, InputType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from 'class-validator';

@InputType('AuditEntryFilter', { description: 'Filters for the audit log (all given conditions must hold)' })
export class AuditEntryFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these entries' })
  @IsOptional() @IsUUID('all', { each: true, message: 'ids must be audit entry ids' }) @ArrayMaxSize(500)
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Only changes of this kind of record, e.g. "ServiceStandard", "CalendarDay", "User"' })
  @IsOptional() @MaxLength(100)
  entityType?: string;

  @Field(() => String, { nullable: true, description: 'Only changes of this record (its id)' })
  @IsOptional() @MaxLength(100)
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only changes made by this console user (matched by the e-mail the entries record)' })
  @IsOptional() @IsUUID('all', { message: 'actorId must be a user id' })
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'Only changes by this actor name, exactly as recorded: an e-mail, "partner:<slug>" for an API key, or a system job\'s name' })
  @IsOptional() @MaxLength(300)
  actor?: string;

  @Field(() => String, { nullable: true, description: 'Only this action, e.g. "create", "update", "delete", "publish", "repeal", "revoke"' })
  @IsOptional() @MaxLength(100)
  action?: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only changes at or after this instant' })
  from?: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only changes before this instant' })
  to?: Date;
}
