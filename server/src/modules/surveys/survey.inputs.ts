import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Channel } from '../../common/enums.js';
import type { CHANNELS } from '../../corpus/corpus.schema.js';

const score = (question: string) => ({ nullable: true, description: `${question}: 1 (very dissatisfied) to 5 (very satisfied); omit if skipped or not applicable` });

@ArgsType()
export class RecordSurveyArgs {
  @Field(() => ID, { description: 'The application the answers are about (decided: issued, refused, deemed issued or not accepted)' })
  @IsUUID('all', { message: 'applicationId must be an application id' })
  applicationId!: string;

  @Field(() => Int, score('Satisfaction with the process of service delivery'))
  @IsOptional() @IsInt() @Min(1, { message: 'process: a score is 1 to 5' }) @Max(5, { message: 'process: a score is 1 to 5' })
  process?: number | null;

  @Field(() => Int, score('Satisfaction with the information about the procedure'))
  @IsOptional() @IsInt() @Min(1, { message: 'information: a score is 1 to 5' }) @Max(5, { message: 'information: a score is 1 to 5' })
  information?: number | null;

  @Field(() => Int, score('Satisfaction with the complaint procedure'))
  @IsOptional() @IsInt() @Min(1, { message: 'complaintProcedure: a score is 1 to 5' }) @Max(5, { message: 'complaintProcedure: a score is 1 to 5' })
  complaintProcedure?: number | null;

  @Field(() => Int, score('Satisfaction with the courtesy of the staff'))
  @IsOptional() @IsInt() @Min(1, { message: 'courtesy: a score is 1 to 5' }) @Max(5, { message: 'courtesy: a score is 1 to 5' })
  courtesy?: number | null;

  @Field(() => String, { nullable: true, description: 'Free comment' }) @IsOptional() @MaxLength(5000) comment?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the applicant answered (default now)' }) @IsOptional() answeredAt?: Date | null;
}

@InputType('SurveyResponseFilter', { description: 'Filters for the survey answers' })
export class SurveyResponseFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these responses' }) @IsOptional() ids?: string[];
  @Field(() => ID, { nullable: true, description: 'About this agency\'s applications' }) @IsOptional() agencyId?: string;
  @Field(() => String, { nullable: true, description: 'About applications under this standard' }) @IsOptional() @MaxLength(100) standardCode?: string;
  @Field(() => Channel, { nullable: true, description: 'About applications filed through this channel' }) channel?: (typeof CHANNELS)[number];
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Answered on or after (Astana date)' }) answeredFrom?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Answered on or before (Astana date)' }) answeredTo?: string;
}
