import SentimentSatisfiedAltIcon from '@mui/icons-material/SentimentSatisfiedAlt';
import { SurveyCreate } from './SurveyCreate';
import { SurveyList } from './SurveyList';
import { SurveyShow } from './SurveyShow';
import { surveyRepresentation } from './surveyRepresentation';

export default {
  list: SurveyList,
  create: SurveyCreate,
  show: SurveyShow,
  icon: SentimentSatisfiedAltIcon,
  recordRepresentation: surveyRepresentation,
};
