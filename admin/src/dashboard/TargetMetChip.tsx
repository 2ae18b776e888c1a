/**
 * Whether a value reaches its target: for one standard met / not met / "—" (no value or no target); for several,
 * how many of them are at target (green when all, red when none, amber between).
 */
import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';

export const TargetMetChip = ({ targetMet }: { targetMet: boolean | null | undefined }) => {
  const translate = useTranslate();
  if (targetMet == null) return <Tooltip title={translate('qyzmet.quality.target_met.unknown')}><span>—</span></Tooltip>;
  return (
    <Chip size="small" color={targetMet ? 'success' : 'error'} label={translate(targetMet ? 'qyzmet.quality.target_met.yes' : 'qyzmet.quality.target_met.no')} />
  );
};

export const StandardsMetChip = ({ met, rated }: { met: number; rated: number }) => {
  const translate = useTranslate();
  if (rated === 0) return <TargetMetChip targetMet={null} />;
  const color = met === rated ? 'success' : met === 0 ? 'error' : 'warning';
  return (
    <Tooltip title={translate('qyzmet.quality.standards_met', { met, rated })}>
      <Chip size="small" color={color} label={`${met} / ${rated}`} />
    </Tooltip>
  );
};
