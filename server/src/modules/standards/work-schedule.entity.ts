import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LocalizedText } from '../../common/base.entity.js';
import { Agency } from '../agencies/agency.entity.js';
import { CONTACT_PURPOSES, WEEKDAYS } from '../../corpus/corpus.schema.js';
import { standardPartProperties } from './standard-part.properties.js';

export interface SchedulePeriod {
  days: (typeof WEEKDAYS)[number][];
  opens: string;
  closes: string;
  breaks: { from: string; to: string }[];
}

/** Weekly opening hours of an agency for a purpose, as one standard states them. */
export const WorkSchedule = defineEntity({
  name: 'WorkSchedule',
  tableName: 'work_schedule',
  properties: {
    ...standardPartProperties,
    agency: () => p.manyToOne(Agency).ref().deleteRule('restrict').index(),
    purpose: p.enum(CONTACT_PURPOSES),
    aroundTheClock: p.boolean().default(false),
    periods: p.json<SchedulePeriod[]>().default('[]'),
    noAppointment: p.boolean().nullable(),
    noExpeditedService: p.boolean().nullable(),
    electronicQueue: p.boolean().nullable(),
    bookingViaPortal: p.boolean().nullable(),
    exceptHolidays: p.boolean().default(true),
    description: p.json<LocalizedText>().nullable(),
  },
});
export type IWorkSchedule = InferEntity<typeof WorkSchedule>;
