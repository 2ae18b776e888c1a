/** What Qyzmet is and where to start: the registry's screens (the dashboard's first card). */
import { Box, Card, CardContent, Typography } from '@mui/material';
import { Button, Link, useTranslate } from 'react-admin';
import agencies from '../agencies';
import legalActs from '../legal-acts';
import serviceStandards from '../service-standards';

const START = [
  { to: '/service-standards', label: 'qyzmet.dashboard.open_standards', Icon: serviceStandards.icon },
  { to: '/legal-acts', label: 'qyzmet.dashboard.open_legal_acts', Icon: legalActs.icon },
  { to: '/agencies', label: 'qyzmet.dashboard.open_agencies', Icon: agencies.icon },
];

export const Welcome = () => {
  const translate = useTranslate();
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>{translate('qyzmet.dashboard.title')}</Typography>
        <Typography variant="body2" color="text.secondary" paragraph>{translate('qyzmet.dashboard.intro')}</Typography>
        <Typography variant="body2" color="text.secondary">{translate('qyzmet.dashboard.next')}</Typography>
        <Box sx={{ mt: 1, display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {START.map(({ to, label, Icon }) => (
            <Button key={to} component={Link} to={to} label={label}>
              <Icon />
            </Button>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
