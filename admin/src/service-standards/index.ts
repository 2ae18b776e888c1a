import DescriptionIcon from '@mui/icons-material/Description';
import { StandardCreate } from './StandardCreate';
import { StandardEdit } from './StandardEdit';
import { StandardList } from './StandardList';
import { StandardShow } from './StandardShow';
import { standardRepresentation } from './standardRepresentation';

export default {
  list: StandardList,
  create: StandardCreate,
  edit: StandardEdit,
  show: StandardShow,
  icon: DescriptionIcon,
  recordRepresentation: standardRepresentation,
};
