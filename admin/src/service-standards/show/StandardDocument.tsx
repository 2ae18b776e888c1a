/**
 * A standard version as a page that reads like the standard itself: its sections in the law's
 * order (sections.ts), with a table of contents on top.
 */
import type { ComponentType } from 'react';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ServiceStandard } from '../../generated/graphql';
import { Localized } from './blocks';
import { SECTIONS, sectionNumber, type SectionId } from '../sections';
import { StandardStatusField } from '../StandardStatusField';
import { GeneralSection } from './GeneralSection';
import { DeadlinesSection } from './DeadlinesSection';
import { FeeSection } from './FeeSection';
import { ChannelsSection } from './ChannelsSection';
import { DocumentsSection } from './DocumentsSection';
import { ComplaintRouteSection, RefusalGroundsSection } from './RecourseSections';
import { FormsSection, IndicatorsSection, QualificationSection } from './AnnexSections';
import { AmendmentsSection, NotesSection } from './AmendmentsSection';

type SectionProps = { record: ServiceStandard; number: number };

const SECTION_COMPONENTS: Record<SectionId, ComponentType<SectionProps>> = {
  general: GeneralSection,
  deadlines: DeadlinesSection,
  fee: FeeSection,
  channels: ChannelsSection,
  documents: DocumentsSection,
  refusalGrounds: RefusalGroundsSection,
  complaintRoute: ComplaintRouteSection,
  qualificationRequirements: QualificationSection,
  forms: FormsSection,
  qualityIndicators: IndicatorsSection,
  amendments: AmendmentsSection,
  notes: NotesSection,
};

const scrollTo = (id: SectionId) => document.getElementById(`section-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });

const Contents = () => {
  const translate = useTranslate();
  return (
    <Stack component="nav" direction="row" gap={0.5} flexWrap="wrap" sx={{ mb: 2 }} aria-label={translate('resources.service-standards.contents')}>
      {SECTIONS.map((id) => (
        <Chip key={id} size="small" clickable variant="outlined" onClick={() => scrollTo(id)}
          label={`${sectionNumber(id)}. ${translate(`resources.service-standards.sections.${id}`)}`} />
      ))}
    </Stack>
  );
};

export const StandardDocument = () => {
  const record = useRecordContext<ServiceStandard>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Stack direction="row" gap={1} alignItems="center" sx={{ mb: 0.5 }}>
        <Typography variant="subtitle2" color="text.secondary">
          {translate('resources.service-standards.heading', { code: record.code, n: record.versionNumber })}
        </Typography>
        <StandardStatusField record={record} />
      </Stack>
      <Typography variant="h5" component="h1" gutterBottom><Localized value={record.name} /></Typography>
      <Contents />
      {SECTIONS.map((id) => {
        const Section = SECTION_COMPONENTS[id];
        return <Section key={id} record={record} number={sectionNumber(id)} />;
      })}
    </Box>
  );
};
