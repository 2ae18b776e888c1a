import VpnKeyIcon from '@mui/icons-material/VpnKey';
import type { RaRecord } from 'react-admin';
import { ApiKeyCreate } from './ApiKeyCreate';
import { ApiKeyList } from './ApiKeyList';
import { ApiKeyShow } from './ApiKeyShow';

// No edit: a key is never changed, only revoked (and a new one created).
export default {
  list: ApiKeyList,
  create: ApiKeyCreate,
  show: ApiKeyShow,
  icon: VpnKeyIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.name)} (${String(record.prefix)}…)`,
};
