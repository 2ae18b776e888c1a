/** Which indicator the charts show (rows of the indicator tables choose it too). */
import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { localized } from '../i18n/localized';
import type { IndicatorSummary } from './reportShapes';

interface IndicatorSelectProps {
  indicators: IndicatorSummary[];
  value: string;
  onChange: (indicatorCode: string) => void;
  locale: string;
}

export const IndicatorSelect = ({ indicators, value, onChange, locale }: IndicatorSelectProps) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={translate('qyzmet.quality.trend.indicator')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      sx={{ minWidth: 220, maxWidth: '100%' }}
      slotProps={{ select: { renderValue: (code) => String(code), MenuProps: { slotProps: { paper: { sx: { maxWidth: 560 } } } } }, htmlInput: { 'data-testid': 'quality-indicator-select' } }}
    >
      {indicators.map((indicator) => (
        <MenuItem key={indicator.indicatorCode} value={indicator.indicatorCode} sx={{ whiteSpace: 'normal' }}>
          {indicator.indicatorCode} — {localized(indicator.wording, locale)}
        </MenuItem>
      ))}
    </TextField>
  );
};
