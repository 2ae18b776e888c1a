import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Channel } from '../../common/enums.js';

@ObjectType('SurveyResponse', { description: 'The applicant\'s answers about one application: scores 1 (very dissatisfied) to 5 (very satisfied); 4 or 5 counts as satisfied in the indicators; null = skipped or not applicable' })
export class SurveyResponseType {
  @Field(() => ID, { description: 'Time-ordered UUID' }) id!: string;
  @Field(() => String, { description: 'Code of the standard of the application' }) standardCode!: string;
  @Field(() => Int, { description: 'Its version pinned by the application' }) standardVersion!: number;
  @Field(() => Channel, { description: 'Channel of the application' }) channel!: string;
  @Field(() => GraphQLDateTime, { description: 'When the applicant answered' }) answeredAt!: Date;
  @Field(() => Int, { nullable: true, description: 'Indicator 2.1: satisfaction with the process of service delivery' }) process?: number | null;
  @Field(() => Int, { nullable: true, description: 'Indicator 3.1: satisfaction with the information about the procedure' }) information?: number | null;
  @Field(() => Int, { nullable: true, description: 'Indicator 4.1: satisfaction with the complaint procedure' }) complaintProcedure?: number | null;
  @Field(() => Int, { nullable: true, description: 'Indicator 5.1: satisfaction with the courtesy of the staff' }) courtesy?: number | null;
  @Field(() => String, { nullable: true, description: 'Free comment' }) comment?: string | null;
  @Field(() => String, { description: 'Who recorded it' }) recordedBy!: string;
}
