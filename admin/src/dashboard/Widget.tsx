/** A dashboard card: a title (with an optional icon and actions on the right) over its content. */
import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';

interface WidgetProps {
  title: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
}

export const Widget = ({ title, icon, action, children, testId }: WidgetProps) => (
  <Card data-testid={testId} sx={{ height: '100%' }}>
    <CardContent>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5, flexWrap: 'wrap' }}>
        {icon}
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>{title}</Typography>
        {action}
      </Box>
      {children}
    </CardContent>
  </Card>
);
