import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Channel, ComplaintLevelKind, DeadlineUnit } from '../../common/enums.js';
import { ReviewRuleSourceEnum } from './complaint.enums.js';

@ObjectType('Complaint', { description: 'A complaint about an application or a provider, with its review deadline from the standard\'s complaint route' })
export class ComplaintType {
  @Field(() => ID, { description: 'Time-ordered UUID' }) id!: string;
  @Field(() => ComplaintLevelKind, { description: 'Where it was filed along the route' }) level!: string;
  @Field(() => String, { nullable: true, description: 'Code of the standard concerned' }) standardCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'Version of the standard concerned' }) standardVersion?: number | null;
  @Field(() => Channel, { nullable: true, description: 'Channel of the application complained about' }) channel?: string | null;
  @Field(() => String, { description: 'Who complains' }) complainant!: string;
  @Field(() => String, { description: 'What about' }) subject!: string;
  @Field(() => GraphQLDateTime, { description: 'When it was registered (the review period counts from the next day)' }) registeredAt!: Date;
  @Field(() => Float, { nullable: true, description: 'The review period' }) reviewValue?: number | null;
  @Field(() => DeadlineUnit, { nullable: true, description: 'Its unit' }) reviewUnit?: string | null;
  @Field(() => ReviewRuleSourceEnum, { description: 'Where the review period comes from' }) reviewRuleSource!: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'The review is due by then; null where no deadline applies' }) reviewDueAt?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the answer was given; null while open' }) resolvedAt?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Found justified; null while open' }) justified?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Resolved by the review deadline; null while open or without a deadline' }) resolvedOnTime?: boolean | null;
  @Field(() => String, { nullable: true, description: 'The answer given' }) resolution?: string | null;
  @Field(() => String, { description: 'Who registered it' }) registeredBy!: string;
  @Field(() => Int, { description: 'Optimistic-lock version' }) version!: number;
  @Field(() => GraphQLDateTime, { description: 'When the record was created' }) createdAt!: Date;
  @Field(() => GraphQLDateTime, { description: 'When the record last changed' }) updatedAt!: Date;
}
