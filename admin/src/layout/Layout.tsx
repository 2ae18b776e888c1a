import { Layout as RaLayout, type LayoutProps } from 'react-admin';
import { AppBar } from './AppBar';

export const Layout = ({ children }: LayoutProps) => <RaLayout appBar={AppBar}>{children}</RaLayout>;
