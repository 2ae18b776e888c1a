import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { AgencyCreate } from './AgencyCreate';
import { AgencyEdit } from './AgencyEdit';
import { AgencyList } from './AgencyList';
import { AgencyShow } from './AgencyShow';
import { agencyRepresentation } from './agencyRepresentation';

export default {
  list: AgencyList,
  create: AgencyCreate,
  edit: AgencyEdit,
  show: AgencyShow,
  icon: AccountBalanceIcon,
  recordRepresentation: agencyRepresentation,
};
