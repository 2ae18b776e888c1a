import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';

// Read-only: entries are written by the server in the transaction of each change.
export default {
  list: AuditList,
  show: AuditShow,
  icon: HistoryIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.entityType)} · ${String(record.action)}`,
};
