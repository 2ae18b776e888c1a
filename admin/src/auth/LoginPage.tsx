/**
 * The sign-in page: e-mail and password, and the language menu (the console speaks kk, ru, en
 * before sign-in too). After a session ended by itself it says so.
 */
import { useState } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import { Login, LoginForm, PasswordInput, TextInput, email, required, useTranslate } from 'react-admin';
import { LocaleSwitcher } from '../layout/LocaleSwitcher';
import { sessionHasEnded } from './authProvider';

export const LoginPage = () => {
  const translate = useTranslate();
  const [sessionEnded] = useState(sessionHasEnded);
  return (
    <Login>
      <Box sx={{ px: 2, pt: 1, textAlign: 'center', maxWidth: 300 }}>
        <Typography variant="h6" component="h1">Qyzmet</Typography>
        <Typography variant="body2" color="text.secondary">{translate('qyzmet.auth.subtitle')}</Typography>
        {sessionEnded && <Alert severity="info" sx={{ mt: 1, textAlign: 'left' }}>{translate('qyzmet.auth.session_expired')}</Alert>}
      </Box>
      <LoginForm>
        <TextInput
          autoFocus
          source="email"
          type="email"
          label="qyzmet.auth.email"
          autoComplete="username"
          validate={[required(), email()]}
        />
        <PasswordInput source="password" label="ra.auth.password" autoComplete="current-password" validate={required()} />
      </LoginForm>
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <LocaleSwitcher />
      </Box>
    </Login>
  );
};
