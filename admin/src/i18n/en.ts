/** English: react-admin's own messages (ra-language-english) and the console's. */
import englishMessages from 'ra-language-english';
import type { AgencyKind } from '../generated/graphql';
import { enEnums } from './enums.en';
import { mergeMessages } from './merge';
import { enQuality } from './dashboard.en';
import { enStandards } from './standards.en';
import { enApplications } from './applications.en';
import { enComplaints } from './complaints.en';
import { enSurveys } from './surveys.en';

/** The console's messages; kk.ts and ru.ts must have exactly this shape. */
export const enApp = {
  qyzmet: {
    languages: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
    dashboard: {
      title: 'Qyzmet: the registry of state service standards',
      intro:
        "Qyzmet keeps the standards of Kazakhstan's state services in Kazakh, Russian and English: who provides each service, the legal acts it rests on, its deadlines, the documents an applicant hands in and the grounds for refusal.",
      next:
        'The agencies are the state bodies, public service centres and portals that provide the services; the legal acts approve, amend and repeal the standards.',
      open_agencies: 'Agencies',
      open_legal_acts: 'Legal acts',
      open_standards: 'Service standards',
    },
    validation: {
      en_required: 'The English text is required',
      code: 'Lower-case Latin letters, digits, "-" and "." only',
      bin: 'A BIN has 12 digits',
      time: 'A time as HH:MM, e.g. 09:00',
    },
    auth: {
      subtitle: 'Registry of state service standards',
      email: 'E-mail',
      session_expired: 'Your session has ended. Please sign in again.',
    },
    enums: enEnums,
    quality: enQuality,
  },
  resources: {
    agencies: {
      name: 'Agency |||| Agencies',
      page: { create: 'New agency' },
      fields: {
        q: 'Search',
        code: 'Code',
        kind: 'Kind',
        name: 'Name',
        shortName: 'Short name',
        parentId: 'Parent agency',
        children: 'Subordinate agencies',
        bin: 'BIN',
        address: 'Address',
        phones: 'Phones',
        email: 'E-mail',
        website: 'Website',
        note: 'Note',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Changed',
      },
      sections: { identity: 'Identity', names: 'Names', contacts: 'Contacts', note: 'Note' },
      kinds: {
        government: 'Government',
        ministry: 'Ministry',
        committee: 'Committee',
        territorialBody: 'Territorial body',
        localExecutiveBody: 'Local executive body (akimat)',
        qualityControlBody: 'Service quality control body',
        pscEnterprise: 'Public service centre enterprise',
        pscBranch: 'Public service centre branch',
        pscOffice: 'Public service centre office',
        portal: 'Portal',
        contactCentre: 'Contact centre',
        other: 'Other',
      } satisfies Record<AgencyKind, string>,
    },
    'legal-acts': {
      name: 'Legal act |||| Legal acts',
      page: { create: 'New legal act' },
      fields: {
        q: 'Search',
        code: 'Code',
        kind: 'Kind',
        number: 'Number',
        title: 'Title',
        date: 'Adopted on',
        entryIntoForce: 'In force from',
        entryIntoForceEstimated: 'Estimated date',
        entryIntoForceRule: 'How it enters into force',
        status: 'Status',
        publication: 'Official publication',
        note: 'Note',
        inForceOn: 'In force on',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Changed',
      },
      sections: { identity: 'The act', dates: 'Adoption and entry into force', publication: 'Publication and notes', relations: 'Amendments and repeals' },
      relations: {
        amends: 'Acts it amends',
        repeals: 'Acts it repeals',
        amendedBy: 'Amended by',
        repealedBy: 'Repealed by',
        act: 'Act',
        clauses: 'Clauses affected',
        effectiveDate: 'Takes effect on',
        effectiveDate_help: 'Leave empty when the change takes effect with the act itself',
        on_entry_into_force: 'with the act',
        add: 'Add',
        add_amends: 'This act amends…',
        add_repeals: 'This act repeals…',
        add_amendedBy: 'This act is amended by…',
        add_repealedBy: 'This act is repealed by…',
        added: 'Relation added',
        removed: 'Relation removed',
        remove_title: 'Remove the relation?',
        remove_content: 'The two acts stay; only the record that one amends or repeals the other is removed.',
      },
    },
    'service-standards': enStandards,
    applications: enApplications,
    complaints: enComplaints,
    'survey-responses': enSurveys,
  },
};

export type AppMessages = typeof enApp;

export const en = mergeMessages(englishMessages, enApp);
