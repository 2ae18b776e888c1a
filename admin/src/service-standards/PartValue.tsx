/**
 * A value of a standard's part as text, for the comparison of versions and the collapsed rows of
 * the edit form: texts in the UI language, enums by label, agencies and acts by name.
 */
import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { AgencyReferenceField } from '../agencies/AgencyReferenceField';
import { LegalActReferenceField } from '../legal-acts/LegalActReferenceField';
import { enumLabelKey } from '../i18n/enums';
import { LANGUAGES } from '../i18n/localized';
import { Localized } from './show/blocks';
import { DeadlineAmount } from './show/DeadlinesSection';
import { ACT_FIELDS, AGENCY_FIELDS, FIELD_ENUMS } from './compare/comparedParts';

type Item = Record<string, unknown>;

const isLocalizedText = (value: unknown): value is { en?: string; kk?: string | null; ru?: string | null } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && ('en' in value || 'kk' in value || 'ru' in value);

/** The label of a field of the record (`list` '') or of an item of a list. */
export function useFieldLabel() {
  const translate = useTranslate();
  return (list: string, field: string) => {
    const fields = 'resources.service-standards.fields';
    const base = `${fields}.${list ? `${list}.` : ''}${field}`;
    return translate(`${base}.name`, { _: translate(base, { _: translate(`${fields}.${field}`, { _: field }) }) });
  };
}

/** A text in every language it has, one line each: a change may be in any of them. */
const AllLanguages = ({ value }: { value: Record<string, unknown> }) => (
  <Box component="span" sx={{ display: 'block' }}>
    {LANGUAGES.filter((language) => typeof value[language] === 'string' && (value[language] as string).trim()).map((language) => (
      <Box key={language} component="span" sx={{ display: 'block' }} lang={language}>
        <Typography component="span" variant="caption" color="text.secondary" sx={{ textTransform: 'uppercase', mr: 0.5 }}>{language}</Typography>
        {String(value[language])}
      </Box>
    ))}
  </Box>
);

/** `all`: texts in every language (for changed values), else in the UI language. */
export const PartValue = ({ list, field, value, all = false }: { list: string; field: string; value: unknown; all?: boolean }): ReactNode => {
  const translate = useTranslate();
  const label = useFieldLabel();
  const enumName = FIELD_ENUMS[list]?.[field];
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (typeof value === 'string' && AGENCY_FIELDS.has(field)) return <AgencyReferenceField record={{ id: field, [field]: value }} source={field} />;
  if (typeof value === 'string' && ACT_FIELDS.has(field)) return <LegalActReferenceField record={{ id: field, [field]: value }} source={field} />;
  if (enumName && typeof value === 'string') return translate(enumLabelKey(enumName, value), { _: value });
  if (enumName && Array.isArray(value)) return value.map((v) => translate(enumLabelKey(enumName, String(v)), { _: String(v) })).join(', ');
  if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  if (isLocalizedText(value)) return all ? <AllLanguages value={value as Record<string, unknown>} /> : <Localized value={value} />;
  if (Array.isArray(value)) {
    return (
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {value.map((item, i) => <li key={i}><PartValue list={list} field={field} value={item} all={all} /></li>)}
      </Box>
    );
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Item).filter(([key, v]) => key !== '__typename' && key !== 'id' && !key.includes('.') && v != null && !(Array.isArray(v) && !v.length));
    return (
      <Box component="span">
        {entries.map(([key, v]) => (
          <Box key={key} component="span" sx={{ display: 'block' }}>
            <Typography component="span" variant="caption" color="text.secondary">{label(`${list ? `${list}.` : ''}${field}`, key)}: </Typography>
            <PartValue list={list} field={key} value={v} all={all} />
          </Box>
        ))}
      </Box>
    );
  }
  return String(value);
};

/** One line that tells which item of a list this is (a document's title, a deadline's kind and amount …). */
export const ItemSummary = ({ list, item }: { list: string; item: unknown }): ReactNode => {
  const translate = useTranslate();
  if (typeof item !== 'object' || item === null) return <PartValue list={list} field="" value={item} />;
  if (isLocalizedText(item)) return <Localized value={item} />;
  const i = item as Item;
  const t = (field: string) => <PartValue list={list} field={field} value={i[field]} />;
  switch (list) {
    case 'subServices': return <>{String(i.code)} — {t('name')}</>;
    case 'deadlines': return <>{t('kind')}: <DeadlineAmount deadline={i as never} /></>;
    case 'documents': return <>[{String(i.subService)} × {translate(enumLabelKey('Channel', String(i.channel)))}] {t('title')}</>;
    case 'groupedDocuments': return t('title');
    case 'periods': return <>{(i.days as string[] | undefined)?.map((d) => translate(enumLabelKey('Weekday', d))).join(', ')} {String(i.opens ?? '')}–{String(i.closes ?? '')}</>;
    case 'qualificationItems': return <>{String(i.number ?? '')}. {t('requirement')}</>;
    case 'formFields': return t('label');
    case 'refusalGrounds': return t('text');
    case 'complaintRoute': return <>{t('level')}: {t('description')}</>;
    case 'channelDetails': return <>{t('channel')}{i.agencyId ? <> — {t('agencyId')}</> : null}</>;
    case 'schedules':
    case 'contactPoints': return <>{t('purpose')} — {t('agencyId')}</>;
    case 'qualificationRequirements': return <>{String(i.code)} — {t('activitySubtype')}</>;
    case 'forms': return <>{String(i.code)} — {t('title')}</>;
    case 'qualityIndicators': return <>{String(i.code)} — {t('wording')}</>;
    case 'amendments': return <>{t('actId')} — {t('kind')}</>;
    case 'legalBasis': return <>{t('actId')}{i.article ? `, ${String(i.article)}` : ''}</>;
    case 'otherAgencies': return <>{t('agencyId')} — {String(i.role ?? '')}</>;
    case 'titleVariants': return <>{String(i.source)}: {t('title')}</>;
    default: return <PartValue list={list} field="" value={item} />;
  }
};
