/** 8. Qualification requirements, 9. appendix forms and 10. quality indicators. */
import { Accordion, AccordionDetails, AccordionSummary, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslate } from 'react-admin';
import type { ServiceStandard } from '../../generated/graphql';
import { Clause, EnumText, Localized, Nothing, SourceNote, StandardSection, SubHeading } from './blocks';

export const QualificationSection = ({ record, number }: { record: ServiceStandard; number: number }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.service-standards.fields.qualificationRequirements.items.${key}`);
  return (
    <StandardSection id="qualificationRequirements" number={number}>
      {record.qualificationRequirements.length ? record.qualificationRequirements.map((group) => (
        <Box key={group.id}>
          <SubHeading><Localized value={group.activitySubtype} /><Clause clause={group.clause} /></SubHeading>
          <SourceNote note={group.note} />
          <Box component="ul" sx={{ listStyle: 'none', pl: 0, mt: 0 }}>
            {group.items.map((item, index) => (
              <Box component="li" key={index} sx={{ mb: 1 }}>
                <strong>{item.number}.</strong> <Localized value={item.requirement} />
                <Clause clause={item.clause} />
                {item.evidence.length > 0 && (
                  <Box sx={{ pl: 2 }}>
                    <Typography variant="body2" color="text.secondary">{t('evidence')}:</Typography>
                    <ul style={{ margin: 0 }}>
                      {item.evidence.map((evidence, i) => <li key={i}><Typography variant="body2"><Localized value={evidence} /></Typography></li>)}
                    </ul>
                  </Box>
                )}
                {item.exemption && <Typography variant="body2" color="text.secondary" sx={{ pl: 2 }}>{t('exemption')}: <Localized value={item.exemption} /></Typography>}
                <SourceNote note={item.note} />
              </Box>
            ))}
          </Box>
        </Box>
      )) : <Nothing />}
    </StandardSection>
  );
};

export const FormsSection = ({ record, number }: { record: ServiceStandard; number: number }) => {
  const translate = useTranslate();
  return (
    <StandardSection id="forms" number={number} count={record.forms.length}>
      {record.forms.length ? record.forms.map((form) => (
        <Accordion key={form.id} disableGutters variant="outlined">
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography variant="body2">
              {form.appendix != null && <strong>{translate('resources.service-standards.appendix_n', { n: form.appendix })}. </strong>}
              <Localized value={form.title} />
              {' '}<Typography component="span" variant="caption" color="text.secondary">[<EnumText name="FormKind" value={form.kind} />, {form.code}]</Typography>
              <Clause clause={form.clause} />
            </Typography>
          </AccordionSummary>
          <AccordionDetails>
            <SourceNote note={form.note} />
            <ol style={{ marginTop: 0 }}>
              {form.fields.map((field) => (
                <li key={field.ordinal}>
                  <Typography variant="body2" component="span"><Localized value={field.label} /></Typography>
                  <Typography variant="caption" color="text.secondary">
                    {' '}(<EnumText name="FormFieldType" value={field.type} />{field.repeatingGroup ? `, ${field.repeatingGroup}` : ''})
                  </Typography>
                  {field.options?.length ? (
                    <Typography variant="caption" component="div" color="text.secondary">
                      {field.options.map((option, i) => <span key={i}>{i > 0 && ' / '}<Localized value={option} /></span>)}
                    </Typography>
                  ) : null}
                </li>
              ))}
            </ol>
          </AccordionDetails>
        </Accordion>
      )) : <Nothing />}
    </StandardSection>
  );
};

export const IndicatorsSection = ({ record, number }: { record: ServiceStandard; number: number }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.service-standards.fields.qualityIndicators.${key}`);
  const value = (v: number | null | undefined) => (v == null ? '—' : `${v}`);
  return (
    <StandardSection id="qualityIndicators" number={number}>
      {record.qualityIndicators.length ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('code')}</TableCell>
              <TableCell>{t('wording')}</TableCell>
              <TableCell align="right">{t('normative')}</TableCell>
              <TableCell align="right">{t('current')}</TableCell>
              <TableCell align="right">{t('target')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {record.qualityIndicators.map((indicator, index) => {
              const groupStarts = index === 0 || record.qualityIndicators[index - 1].group !== indicator.group;
              return [
                groupStarts && (
                  <TableRow key={`${indicator.id}-group`}>
                    <TableCell colSpan={5} sx={{ fontWeight: 500, bgcolor: 'action.hover' }}><Localized value={indicator.groupTitle} /></TableCell>
                  </TableRow>
                ),
                <TableRow key={indicator.id} sx={{ verticalAlign: 'top' }}>
                  <TableCell>{indicator.code}</TableCell>
                  <TableCell><Localized value={indicator.wording} /><Clause clause={indicator.clause} /><SourceNote note={indicator.note} /></TableCell>
                  <TableCell align="right">{value(indicator.normative)}</TableCell>
                  <TableCell align="right">{value(indicator.current)}</TableCell>
                  <TableCell align="right">{value(indicator.target)}</TableCell>
                </TableRow>,
              ];
            })}
          </TableBody>
        </Table>
      ) : <Nothing />}
    </StandardSection>
  );
};
