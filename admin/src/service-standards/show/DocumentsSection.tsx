/** 5. Required documents: one numbered list per sub-service × channel, as in the law. */
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DocumentRequirement, ServiceStandard } from '../../generated/graphql';
import { enumLabelKey } from '../../i18n/enums';
import { groupDocuments } from '../documentGroups';
import { Clause, EnumChips, Localized, Nothing, SourceNote, StandardSection, SubHeading } from './blocks';

const FLAGS = ['officialTranslation', 'legalisation', 'edsSigned', 'fromStateSystems'] as const;

const DocumentItem = ({ document, formTitle }: { document: DocumentRequirement; formTitle?: ServiceStandard['forms'][number]['title'] }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.service-standards.fields.documents.${key}`);
  const chips = [
    translate(enumLabelKey('CopyKind', document.copyKind)),
    document.notarised !== 'no' ? translate(enumLabelKey('Notarisation', document.notarised)) : null,
    ...FLAGS.filter((flag) => document[flag]).map(t),
  ].filter((label): label is string => Boolean(label));
  return (
    <Box component="li" sx={{ mb: 1 }}>
      <Localized value={document.title} />
      <Clause clause={document.clause} />
      <Stack direction="row" gap={0.5} flexWrap="wrap" sx={{ mt: 0.25 }}>
        {chips.map((label) => <Chip key={label} size="small" label={label} color={label === t('fromStateSystems') ? 'info' : 'default'} variant="outlined" />)}
        <EnumChips name="RecipientKind" values={document.recipients} color="primary" />
      </Stack>
      {document.condition && <Typography variant="body2" color="text.secondary">{t('condition')}: <Localized value={document.condition} /></Typography>}
      {document.exemption && <Typography variant="body2" color="text.secondary">{t('exemption')}: <Localized value={document.exemption} /></Typography>}
      {document.formCode && (
        <Typography variant="body2" color="text.secondary">{t('formCode')}: <Localized value={formTitle} empty={document.formCode} /></Typography>
      )}
      <SourceNote note={document.note} />
    </Box>
  );
};

export const DocumentsSection = ({ record, number }: { record: ServiceStandard; number: number }) => {
  const translate = useTranslate();
  const groups = groupDocuments(record.documents, {
    subServices: record.subServices.map((s) => s.code),
    channels: record.channelDetails.map((c) => c.channel),
  });
  const subServiceName = new Map(record.subServices.map((s) => [s.code, s.name]));
  const formTitle = new Map(record.forms.map((f) => [f.code, f.title]));
  return (
    <StandardSection id="documents" number={number} count={record.documents.length}>
      {groups.length ? groups.map((group) => (
        <Box key={`${group.subService}/${group.channel}`}>
          <SubHeading>
            <Localized value={subServiceName.get(group.subService)} empty={group.subService} />
            {' — '}{translate(enumLabelKey('Channel', group.channel))}
          </SubHeading>
          <ol style={{ marginTop: 0 }}>
            {group.documents.map((document) => (
              <DocumentItem key={document.id} document={document} formTitle={document.formCode ? formTitle.get(document.formCode) : undefined} />
            ))}
          </ol>
        </Box>
      )) : <Nothing />}
    </StandardSection>
  );
};
