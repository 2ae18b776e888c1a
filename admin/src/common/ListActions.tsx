/** List toolbar: filters, create, and an export capped at the server's page limit (perPage ≤ 500). */
import { CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';

export const MAX_PER_PAGE = 500;

export const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={MAX_PER_PAGE} />
  </TopToolbar>
);
