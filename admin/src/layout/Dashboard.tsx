/** The home page: what Qyzmet is and where to start (a placeholder until there are widgets). */
import { Card, CardActions, CardContent, Typography } from '@mui/material';
import { Button, Link, Title, useTranslate } from 'react-admin';
import agencies from '../agencies';

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
        <Button component={Link} to="/agencies" label="qyzmet.dashboard.open_agencies">
          <agencies.icon />
        </Button>
      </CardActions>
    </Card>
  );
};
