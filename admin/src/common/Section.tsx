/** A titled block of a form or a page, with a rule under it. */
import type { ReactNode } from 'react';
import { Box, Divider, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export const Section = ({ title, children, divider = true }: { title: string; children: ReactNode; divider?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ width: '100%', mb: 1 }}>
      <Typography variant="h6" gutterBottom>{translate(title)}</Typography>
      {children}
      {divider && <Divider sx={{ mt: 1 }} />}
    </Box>
  );
};
