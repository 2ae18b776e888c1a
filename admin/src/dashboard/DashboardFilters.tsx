/**
 * The dashboard's filter: year, agency, standard, channel. Each change applies at once (no submit
 * button), like react-admin's live filter forms. Operators see their agency only (the server scopes
 * their reports), so they get no agency picker.
 */
import { useEffect, useMemo } from 'react';
import { Box } from '@mui/material';
import { Form, FormDataConsumer, SelectInput, required, useTranslate } from 'react-admin';
import { AgencyReferenceInput } from '../agencies/AgencyReferenceInput';
import { StandardCodeInput } from '../applications/StandardCodeInput';
import { enumChoices } from '../i18n/enums';
import { normalizeFilter, yearChoices, type DashboardFilter } from './filters';

interface DashboardFiltersProps {
  filter: DashboardFilter;
  onChange: (filter: DashboardFilter) => void;
  showAgency: boolean;
}

/** Hands the form's values on whenever they change to something else. */
const ApplyChanges = ({ values, filter, onChange }: { values: Record<string, unknown>; filter: DashboardFilter; onChange: DashboardFiltersProps['onChange'] }) => {
  const next = normalizeFilter(values);
  const changed = JSON.stringify(next) !== JSON.stringify(normalizeFilter({ ...filter }));
  useEffect(() => {
    if (changed) onChange(next);
  });
  return null;
};

const inputWidth = { minWidth: 180, maxWidth: 360, flex: '1 1 180px' };

export const DashboardFilters = ({ filter, onChange, showAgency }: DashboardFiltersProps) => {
  const translate = useTranslate();
  const years = useMemo(() => yearChoices().map((year) => ({ id: year, name: String(year) })), []);
  const all = translate('qyzmet.quality.all');
  return (
    <Form defaultValues={{ year: filter.year, agencyId: filter.agencyId ?? '', standardCode: filter.standardCode ?? '', channel: filter.channel ?? '' }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, alignItems: 'flex-start' }}>
        <SelectInput source="year" label="qyzmet.quality.filters.year" choices={years} translateChoice={false} validate={required()} sx={{ width: 120 }} helperText={false} />
        {showAgency && (
          <Box sx={inputWidth}>
            <AgencyReferenceInput source="agencyId" label="qyzmet.quality.filters.agency" />
          </Box>
        )}
        <Box sx={inputWidth}>
          <StandardCodeInput source="standardCode" label="qyzmet.quality.filters.standard" helperText={false} />
        </Box>
        <SelectInput source="channel" label="qyzmet.quality.filters.channel" choices={enumChoices('Channel')} emptyText={all} sx={inputWidth} helperText={false} />
      </Box>
      <FormDataConsumer>{({ formData }) => <ApplyChanges values={formData} filter={filter} onChange={onChange} />}</FormDataConsumer>
    </Form>
  );
};
