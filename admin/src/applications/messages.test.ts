import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { kk } from '../i18n/kk';
import { ru } from '../i18n/ru';
import { COMPLAINT_STATE_COLOURS } from '../complaints/complaintState';
import { SLA_STATES } from './sla';
import { TRANSITIONS } from './transitions';

const at = (messages: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

/** Keys built at run time (transition names, SLA and complaint states) or read by react-admin (empty pages), which the types cannot check. */
const keys = [
  ...TRANSITIONS.flatMap((t) => ['', '_title', '_help'].map((suffix) => `resources.applications.transitions.${t.name}${suffix}`)),
  ...SLA_STATES.map((state) => `resources.applications.sla.${state}`),
  ...Object.keys(COMPLAINT_STATE_COLOURS).map((state) => `resources.complaints.states.${state}`),
  ...[1, 2, 3, 4, 5].map((score) => `resources.survey-responses.scores.${score}`),
  // react-admin's empty list page reads these instead of its generic "No %{name} yet."
  ...['applications', 'complaints', 'survey-responses'].flatMap((resource) => ['empty', 'invite'].map((key) => `resources.${resource}.${key}`)),
];

describe('messages of the applications, complaints and survey screens', () => {
  it.each([['kk', kk], ['ru', ru], ['en', en]])('are all there in %s, and each language has its own', (language, messages) => {
    for (const key of keys) {
      const text = at(messages, key);
      expect(typeof text, `${language} ${key}`).toBe('string');
      if (language !== 'en') expect(text, `${language} ${key} is translated`).not.toBe(at(en, key));
    }
  });

  it('name the buttons, not repeat their keys', () => {
    expect(at(kk, 'resources.applications.transitions.issue')).toBe('Беру');
    expect(at(en, 'resources.applications.transitions.startReview')).toBe('Start review');
  });
});
