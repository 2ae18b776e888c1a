import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { i18nProvider } from '../i18n';
import { actionLabelKey, entityTypeLabelKey } from './auditLabels';
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';

// Read-only: entries are written by the server in the transaction of each change.
export default {
  list: AuditList,
  show: AuditShow,
  icon: HistoryIcon,
  recordRepresentation: (record: RaRecord) => {
    const type = String(record.entityType);
    const action = String(record.action);
    return `${i18nProvider.translate(entityTypeLabelKey(type), { _: type })} · ${i18nProvider.translate(actionLabelKey(action), { _: action })}`;
  },
};
