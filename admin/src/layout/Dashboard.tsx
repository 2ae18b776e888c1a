/** The home page: what Qyzmet is and where to start. */
import { Card, CardActions, CardContent, Typography } from '@mui/material';
import { Button, Link, Title, useTranslate } from 'react-admin';
import agencies from '../agencies';
import legalActs from '../legal-acts';
import serviceStandards from '../service-standards';

const START = [
  { to: '/service-standards', label: 'qyzmet.dashboard.open_standards', Icon: serviceStandards.icon },
  { to: '/legal-acts', label: 'qyzmet.dashboard.open_legal_acts', Icon: legalActs.icon },
  { to: '/agencies', label: 'qyzmet.dashboard.open_agencies', Icon: agencies.icon },
];

export const Dashboard = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('qyzmet.dashboard.title')}
        </Typography>
        <Typography variant="body1" paragraph>
          {translate('qyzmet.dashboard.intro')}
        </Typography>
        <Typography variant="body1">{translate('qyzmet.dashboard.next')}</Typography>
      </CardContent>
      <CardActions>
        {START.map(({ to, label, Icon }) => (
          <Button key={to} component={Link} to={to} label={label}>
            <Icon />
          </Button>
        ))}
      </CardActions>
    </Card>
  );
};
