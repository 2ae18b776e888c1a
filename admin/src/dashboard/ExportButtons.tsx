/** Downloads the report on screen as the server's open-data CSV (whole year, or month by month). */
import { Button, ButtonGroup, Tooltip } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslate } from 'react-admin';
import { csvExportUrl, type DashboardFilter } from './filters';

export const ExportButtons = ({ filter }: { filter: DashboardFilter }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('qyzmet.quality.export_help')}>
      <ButtonGroup size="small" variant="outlined">
        <Button href={csvExportUrl(filter)} download startIcon={<DownloadIcon />} data-testid="quality-export-csv">
          {translate('qyzmet.quality.export_csv')}
        </Button>
        <Button href={csvExportUrl(filter, 'month')} download>{translate('qyzmet.quality.export_csv_months')}</Button>
      </ButtonGroup>
    </Tooltip>
  );
};
