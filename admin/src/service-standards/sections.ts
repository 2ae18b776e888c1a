/** The sections of a standard in the law's order, shared by its page and the comparison of versions. */
export const SECTIONS = [
  'general', 'deadlines', 'fee', 'channels', 'documents', 'refusalGrounds', 'complaintRoute',
  'qualificationRequirements', 'forms', 'qualityIndicators', 'amendments', 'notes',
] as const;

export type SectionId = (typeof SECTIONS)[number];

export const sectionNumber = (id: SectionId) => SECTIONS.indexOf(id) + 1;
