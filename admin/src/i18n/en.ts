/** English: react-admin's own messages (ra-language-english) and the console's. */
import englishMessages from 'ra-language-english';
import type { AgencyKind } from '../generated/graphql';
import { mergeMessages } from './merge';

/** The console's messages; kk.ts and ru.ts must have exactly this shape. */
export const enApp = {
  qyzmet: {
    languages: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
    dashboard: {
      title: 'Qyzmet: the registry of state service standards',
      intro:
        "Qyzmet keeps the standards of Kazakhstan's state services in Kazakh, Russian and English: who provides each service, the legal acts it rests on, its deadlines, the documents an applicant hands in and the grounds for refusal.",
      next:
        'Start with the agencies: the state bodies, public service centres and portals that provide the services. Legal acts and service standards come next.',
      open_agencies: 'Open the agencies',
    },
    validation: {
      en_required: 'The English text is required',
      code: 'Lower-case Latin letters, digits, "-" and "." only',
      bin: 'A BIN has 12 digits',
    },
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
    // Stubs until the schema has legal acts and service standards.
    'legal-acts': {
      name: 'Legal act |||| Legal acts',
      fields: { code: 'Code', title: 'Title', kind: 'Kind', number: 'Number', adoptedAt: 'Adopted on' },
    },
    'service-standards': {
      name: 'Service standard |||| Service standards',
      fields: { code: 'Code', name: 'Name', agencyId: 'Service provider', legalActId: 'Legal act' },
    },
  },
};

export type AppMessages = typeof enApp;

export const en = mergeMessages(englishMessages, enApp);
