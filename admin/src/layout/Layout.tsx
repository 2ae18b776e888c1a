import { Layout as RaLayout, type LayoutProps } from 'react-admin';
import { AppBar } from './AppBar';

// The content column may shrink below its content's natural width (scrollable tabs, wide tables
// scroll inside the page instead of widening it).
const contentShrinks = { '& .RaLayout-content': { minWidth: 0, contain: 'inline-size' } };

export const Layout = ({ children }: LayoutProps) => <RaLayout appBar={AppBar} sx={contentShrinks}>{children}</RaLayout>;
