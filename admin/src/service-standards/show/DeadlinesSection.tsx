/** 2. Sub-services and deadlines. */
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DeadlineRule, ServiceStandard } from '../../generated/graphql';
import { enumLabelKey } from '../../i18n/enums';
import { Clause, EnumChips, EnumText, Localized, Nothing, SourceNote, StandardSection, SubHeading } from './blocks';

/** "not later than 15 working days"; "—" when the text names no value. */
export const DeadlineAmount = ({ deadline }: { deadline: Pick<DeadlineRule, 'value' | 'unit' | 'comparator'> }) => {
  const translate = useTranslate();
  if (deadline.value == null || !deadline.unit) return <>{translate('resources.service-standards.no_value')}</>;
  return (
    <>
      {translate('resources.service-standards.deadline_amount', {
        comparator: deadline.comparator ? translate(enumLabelKey('Comparator', deadline.comparator)) : '',
        value: deadline.value,
        unit: translate(enumLabelKey('DeadlineUnit', deadline.unit)),
      }).trim()}
    </>
  );
};

export const DeadlinesSection = ({ record, number }: { record: ServiceStandard; number: number }) => {
  const translate = useTranslate();
  const subServiceName = new Map(record.subServices.map((s) => [s.code, s.name]));
  const t = (key: string) => translate(`resources.service-standards.fields.deadlines.${key}`);
  return (
    <StandardSection id="deadlines" number={number}>
      <SubHeading>{translate('resources.service-standards.parts.subServices')}</SubHeading>
      {record.subServices.length ? (
        <ol style={{ marginTop: 0 }}>
          {record.subServices.map((sub) => (
            <li key={sub.id}>
              <Localized value={sub.name} />{' '}
              <Typography component="span" variant="caption" color="text.secondary">
                [{sub.code}, <EnumText name="SubServiceKind" value={sub.kind} />]
              </Typography>
              <Clause clause={sub.clause} />
              <SourceNote note={sub.note} />
            </li>
          ))}
        </ol>
      ) : <Nothing />}
      <SubHeading>{translate('resources.service-standards.parts.deadlines')}</SubHeading>
      {record.deadlines.length ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('kind')}</TableCell>
              <TableCell>{t('amount')}</TableCell>
              <TableCell>{t('countsFrom')}</TableCell>
              <TableCell>{t('owedBy')}</TableCell>
              <TableCell>{t('appliesTo')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {record.deadlines.map((deadline) => (
              <TableRow key={deadline.id} sx={{ verticalAlign: 'top' }}>
                <TableCell>
                  <EnumText name="DeadlineKind" value={deadline.kind} />
                  <Clause clause={deadline.clause} />
                  {deadline.description && (
                    <Typography variant="caption" component="div" color="text.secondary"><Localized value={deadline.description} /></Typography>
                  )}
                  <SourceNote note={deadline.note} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <DeadlineAmount deadline={deadline} />
                  {deadline.excludeStartDay && (
                    <Typography variant="caption" component="div" color="text.secondary">{t('excludeStartDay')}</Typography>
                  )}
                </TableCell>
                <TableCell><Localized value={deadline.countsFrom} /></TableCell>
                <TableCell><EnumText name="DeadlineParty" value={deadline.owedBy} /></TableCell>
                <TableCell>
                  {deadline.subServices.length
                    ? deadline.subServices.map((code) => <div key={code}><Localized value={subServiceName.get(code)} empty={code} /></div>)
                    : translate('resources.service-standards.all_sub_services')}
                  {deadline.channels.length > 0 && <div><EnumChips name="Channel" values={deadline.channels} /></div>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : <Nothing />}
    </StandardSection>
  );
};
