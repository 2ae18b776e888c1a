/**
 * List toolbar: filters, create, and an export capped at the server's page limit (perPage ≤ 500).
 * `meta` goes to the export's query, e.g. the list's sparse fields (an export of every nested part
 * of 500 records would be a heavy query for a flat CSV).
 */
import { CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';

export const MAX_PER_PAGE = 500;

export const ListActions = ({ meta }: { meta?: Record<string, unknown> }) => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={MAX_PER_PAGE} meta={meta} />
  </TopToolbar>
);
