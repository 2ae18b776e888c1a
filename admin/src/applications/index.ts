import AssignmentIcon from '@mui/icons-material/Assignment';
import { ApplicationCreate } from './ApplicationCreate';
import { ApplicationList } from './ApplicationList';
import { ApplicationShow } from './ApplicationShow';
import { applicationRepresentation } from './applicationRepresentation';

export default {
  list: ApplicationList,
  create: ApplicationCreate,
  show: ApplicationShow,
  icon: AssignmentIcon,
  recordRepresentation: applicationRepresentation,
};
