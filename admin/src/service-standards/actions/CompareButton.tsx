/** "Compare versions": opens the side-by-side comparison of this version with another of the same code. */
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import { Link } from 'react-router-dom';
import { Button, useCreatePath, useRecordContext } from 'react-admin';
import type { ServiceStandard } from '../../generated/graphql';

export const CompareButton = () => {
  const record = useRecordContext<ServiceStandard>();
  const createPath = useCreatePath();
  if (!record) return null;
  const to = `${createPath({ resource: 'service-standards', id: record.id, type: 'show' }).replace(/\/show$/, '')}/compare`;
  return (
    <Button component={Link} to={to} label="resources.service-standards.actions.compare">
      <CompareArrowsIcon />
    </Button>
  );
};
