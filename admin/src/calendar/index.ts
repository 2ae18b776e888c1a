import EventIcon from '@mui/icons-material/Event';
import type { RaRecord } from 'react-admin';
import { localized, type LocalizedTextValue } from '../i18n/localized';
import { currentLocale } from '../i18n';
import { CalendarYearView } from './CalendarYearView';

// The year view is the whole screen: special days are added and removed from it (dialogs).
export default {
  list: CalendarYearView,
  icon: EventIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.date)} ${localized(record.name as LocalizedTextValue, currentLocale())}`.trim(),
};
