/** The inputs of a new special day; the holiday key and the linked date appear for the kinds that have them. */
import { Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { DateInput, SelectInput, TextInput, maxLength, regex, required } from 'react-admin';
import { LocalizedInput } from '../common/LocalizedInput';
import type { SpecialDayKind } from '../generated/graphql';
import { HAS_HOLIDAY_KEY, LINKED_DATE, specialDayKindChoices } from './dayKinds';

const label = (field: string) => `resources.calendar-days.fields.${field}`;

export const CalendarDayInputs = () => {
  const kind = useWatch({ name: 'kind' }) as SpecialDayKind | undefined;
  const linked = kind ? LINKED_DATE[kind] : undefined;
  return (
    <>
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
        <DateInput source="date" label={label('date')} validate={required()} sx={{ flex: 1 }} />
        <SelectInput source="kind" label={label('kind')} choices={specialDayKindChoices} validate={required()} sx={{ flex: 1 }} />
      </Stack>
      {linked && (
        <DateInput source={linked} label={label(linked)} validate={required()} helperText={`resources.calendar-days.help.${linked}`} />
      )}
      <LocalizedInput source="name" label={label('name')} required />
      {kind && HAS_HOLIDAY_KEY.includes(kind) && (
        <TextInput source="holiday" label={label('holiday')} validate={[regex(/^[a-z][a-zA-Z0-9]*$/, 'resources.calendar-days.help.holiday'), maxLength(100)]} helperText="resources.calendar-days.help.holiday" />
      )}
      <TextInput source="note" label={label('note')} multiline validate={maxLength(5000)} />
    </>
  );
};
