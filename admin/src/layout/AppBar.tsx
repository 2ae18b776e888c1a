import { AppBar as RaAppBar, LoadingIndicator, TitlePortal } from 'react-admin';
import { LocaleSwitcher } from './LocaleSwitcher';

export const AppBar = () => (
  <RaAppBar
    toolbar={
      <>
        <LocaleSwitcher />
        <LoadingIndicator />
      </>
    }
  >
    <TitlePortal />
  </RaAppBar>
);
