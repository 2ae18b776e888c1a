/**
 * The new key's secret, shown once: the server keeps only its hash, so closing this dialog is the
 * last chance to copy it.
 */
import { useState } from 'react';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Button, useTranslate } from 'react-admin';

export const SecretDialog = ({ secret, onClose }: { secret: string | null; onClose: () => void }) => {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(secret ?? '');
    setCopied(true);
  };
  return (
    <Dialog open={Boolean(secret)} fullWidth maxWidth="sm" aria-labelledby="api-key-secret-title">
      <DialogTitle id="api-key-secret-title">{translate('resources.api-keys.secret.title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>{translate('resources.api-keys.secret.warning')}</Alert>
        <Box
          component="code"
          data-testid="api-key-secret"
          sx={{ display: 'block', p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontFamily: 'monospace', wordBreak: 'break-all', userSelect: 'all' }}
        >
          {secret}
        </Box>
        {copied && <Typography variant="body2" color="success.main" sx={{ mt: 1 }}>{translate('resources.api-keys.secret.copied')}</Typography>}
      </DialogContent>
      <DialogActions>
        <Button label="resources.api-keys.secret.copy" onClick={copy}>
          <ContentCopyIcon />
        </Button>
        <Button label="resources.api-keys.secret.done" variant="contained" onClick={onClose} />
      </DialogActions>
    </Dialog>
  );
};
