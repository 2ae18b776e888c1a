/**
 * The applicant's answers about one application, one survey per application: the questions behind
 * the standards' quality-indicator tables (2.1 process, 3.1 information, 4.1 complaint procedure,
 * 5.1 staff courtesy). Scores run 1 (very dissatisfied) to 5 (very satisfied); "satisfied" for the
 * indicators' shares means SATISFIED_MIN_SCORE or more. A question the applicant skipped, or that does
 * not apply (no complaint made, no staff met on a portal), is null.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Agency } from '../agencies/agency.entity.js';
import { Application } from '../applications/application.entity.js';
import { uuidv7 } from '../applications/time-ordered-id.js';
import { CHANNELS } from '../../corpus/corpus.schema.js';

export const SATISFIED_MIN_SCORE = 4;
export const SURVEY_QUESTIONS = ['process', 'information', 'complaintProcedure', 'courtesy'] as const;

export const SurveyResponse = defineEntity({
  name: 'SurveyResponse',
  tableName: 'survey_response',
  indexes: [{ name: 'survey_response_agency_answered_index', properties: ['agency', 'answeredAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => uuidv7()),
    createdAt: p.datetime().onCreate(() => new Date()),
    application: () => p.manyToOne(Application).ref().unique().deleteRule('cascade'),
    /** Copied from the application for the indicators. */
    agency: () => p.manyToOne(Agency).ref().deleteRule('restrict'),
    standardCode: p.string().length(100),
    standardVersion: p.integer(),
    channel: p.enum(CHANNELS),
    answeredAt: p.datetime(),
    /** 2.1: satisfaction with the process of service delivery. */
    process: p.smallint().nullable(),
    /** 3.1: satisfaction with the information about the procedure. */
    information: p.smallint().nullable(),
    /** 4.1: satisfaction with the complaint procedure. */
    complaintProcedure: p.smallint().nullable(),
    /** 5.1: satisfaction with the courtesy of the staff. */
    courtesy: p.smallint().nullable(),
    comment: p.text().nullable(),
    recordedBy: p.string().length(200),
  },
});
export type ISurveyResponse = InferEntity<typeof SurveyResponse>;
