/**
 * The before/after of an entry, field by field: changed fields highlighted (added green, removed
 * red, changed amber), unchanged ones hidden until asked for.
 */
import { useMemo, useState } from 'react';
import { FormControlLabel, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '../generated/graphql';
import { auditDiff, displayValue, type ChangeKind } from './auditDiff';

const ROW_COLOURS: Record<ChangeKind, string | undefined> = {
  added: 'rgba(46, 125, 50, 0.12)',
  removed: 'rgba(211, 47, 47, 0.12)',
  changed: 'rgba(237, 108, 2, 0.14)',
  same: undefined,
};

const valueCell = { fontFamily: 'monospace', fontSize: '0.8rem', whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxWidth: 420 } as const;

export const AuditDiffTable = (_props: { label?: string }) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  const [showSame, setShowSame] = useState(false);
  const rows = useMemo(() => (entry ? auditDiff(entry.before, entry.after) : []), [entry]);
  if (!entry) return null;
  const changed = rows.filter((row) => row.change !== 'same').length;
  const shown = showSame ? rows : rows.filter((row) => row.change !== 'same');
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.audit-entries.diff.summary', { smart_count: changed, total: rows.length })}
      </Typography>
      <FormControlLabel
        control={<Switch size="small" checked={showSame} onChange={(event) => setShowSame(event.target.checked)} />}
        label={translate('resources.audit-entries.diff.show_same')}
      />
      <Table size="small" aria-label={translate('resources.audit-entries.diff.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.audit-entries.diff.field')}</TableCell>
            <TableCell>{translate('resources.audit-entries.fields.before')}</TableCell>
            <TableCell>{translate('resources.audit-entries.fields.after')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((row) => (
            <TableRow key={row.field} data-change={row.change} sx={{ bgcolor: ROW_COLOURS[row.change] }}>
              <TableCell sx={{ fontWeight: row.change === 'same' ? undefined : 600 }}>
                {row.field || '—'}
                {row.change !== 'same' && (
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {translate(`resources.audit-entries.diff.${row.change}`)}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ ...valueCell, textDecoration: row.change === 'changed' || row.change === 'removed' ? 'line-through' : undefined }}>
                {displayValue(row.before)}
              </TableCell>
              <TableCell sx={valueCell}>{displayValue(row.after)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
