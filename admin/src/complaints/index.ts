import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { ComplaintCreate } from './ComplaintCreate';
import { ComplaintList } from './ComplaintList';
import { ComplaintShow } from './ComplaintShow';
import { complaintRepresentation } from './complaintRepresentation';

export default {
  list: ComplaintList,
  create: ComplaintCreate,
  show: ComplaintShow,
  icon: ReportProblemIcon,
  recordRepresentation: complaintRepresentation,
};
