import GavelIcon from '@mui/icons-material/Gavel';
import { LegalActCreate } from './LegalActCreate';
import { LegalActEdit } from './LegalActEdit';
import { LegalActList } from './LegalActList';
import { LegalActShow } from './LegalActShow';
import { legalActRepresentation } from './legalActRepresentation';

export default {
  list: LegalActList,
  create: LegalActCreate,
  edit: LegalActEdit,
  show: LegalActShow,
  icon: GavelIcon,
  recordRepresentation: legalActRepresentation,
};
