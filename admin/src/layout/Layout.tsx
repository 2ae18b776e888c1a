import { Layout as RaLayout, type LayoutProps } from 'react-admin';
import { AppBar } from './AppBar';

// The content column may shrink below its content's natural width (scrollable tabs, wide tables
// scroll inside the page instead of widening it).
const contentShrinks = { '& .RaLayout-content': { minWidth: 0, contain: 'inline-size' } };
// Long menu labels (ru «Производственный календарь», kk «Сауалнама жауаптары») wrap instead of
// being cut at the sidebar's edge; the collapsed menu shows icons only and keeps one line.
const menuLabelsWrap = { '& .RaMenu-open .RaMenuItemLink-root': { whiteSpace: 'normal' } };

export const Layout = ({ children }: LayoutProps) => <RaLayout appBar={AppBar} sx={{ ...contentShrinks, ...menuLabelsWrap }}>{children}</RaLayout>;
