/**
 * "Compare versions": two versions of one standard side by side, section by section in the law's
 * order, with what was added (green), removed (red) and changed (amber, with the fields that
 * differ). Unchanged items are counted and can be shown. The versions are chosen on the page and
 * kept in the address (?left=…&right=…); by default the version before this one, and this one.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import {
  Alert, Box, Card, CardContent, FormControlLabel, MenuItem, Paper, Stack, Switch, TextField, Typography,
} from '@mui/material';
import { alpha } from '@mui/material/styles';
import {
  Loading, ShowButton, Title, TopToolbar, useGetList, useGetOne, useLocaleState, useTranslate, RecordContextProvider,
} from 'react-admin';
import type { ServiceStandard } from '../../generated/graphql';
import { formatLocalDate } from '../../common/LocalDateField';
import { enumLabelKey } from '../../i18n/enums';
import { sectionNumber } from '../sections';
import { COMPARED_SECTIONS, type ComparedSection } from './comparedParts';
import { PartValue, ItemSummary, useFieldLabel } from '../PartValue';
import { countChanges, diffFields, diffLists, type ChangeKind, type FieldDiff, type ItemDiff } from './diff';

type Item = Record<string, unknown>;
type Version = Pick<ServiceStandard, 'id' | 'versionNumber' | 'status' | 'validFrom' | 'validTo'>;

const VERSION_FIELDS = ['id', 'versionNumber', 'status', 'validFrom', 'validTo'];

const COLORS: Record<ChangeKind, 'success' | 'error' | 'warning' | undefined> = { added: 'success', removed: 'error', changed: 'warning', same: undefined };

const Cell = ({ kind, side, children }: { kind: ChangeKind; side: 'left' | 'right'; children?: ReactNode }) => {
  const color = kind === 'changed' ? 'warning' : kind === 'added' && side === 'right' ? 'success' : kind === 'removed' && side === 'left' ? 'error' : undefined;
  return (
    <Box
      sx={(theme) => ({
        p: 1,
        typography: 'body2',
        minWidth: 0,
        borderLeft: color ? `4px solid ${theme.palette[color].main}` : '4px solid transparent',
        bgcolor: color ? alpha(theme.palette[color].main, 0.08) : undefined,
      })}
    >
      {children}
    </Box>
  );
};

const ChangeLabel = ({ kind, moved = false }: { kind: ChangeKind; moved?: boolean }) => {
  const translate = useTranslate();
  const color = COLORS[kind] ?? (moved ? 'warning' : undefined);
  const labels = [kind !== 'same' ? translate(`resources.service-standards.compare.${kind}`) : null, moved ? translate('resources.service-standards.compare.moved') : null];
  return (
    <Typography component="span" variant="caption" sx={{ fontWeight: 600, textTransform: 'uppercase', color: color ? `${color}.dark` : 'text.secondary', mr: 1 }}>
      {labels.filter(Boolean).join(', ')}
    </Typography>
  );
};

/** The changed fields of an item, with this side's values. */
const ChangedFields = ({ list, diff, side }: { list: string; diff: ItemDiff<Item>; side: 'left' | 'right' }) => {
  const label = useFieldLabel();
  const item = diff[side];
  if (!item || diff.kind !== 'changed') return null;
  return (
    <Box sx={{ mt: 0.5, pl: 1, borderLeft: 1, borderColor: 'divider' }}>
      {diff.fields.map((field) => (
        <Box key={field} sx={{ mb: 0.25 }}>
          <Typography component="span" variant="caption" color="text.secondary">{label(list, field)}: </Typography>
          <PartValue list={list} field={field} value={item[field]} all />
        </Box>
      ))}
    </Box>
  );
};

const Row = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 1, borderTop: 1, borderColor: 'divider' }}>{children}</Box>
);

const ListDiff = ({ list, diffs, showSame }: { list: string; diffs: ItemDiff<Item>[]; showSame: boolean }) => {
  const translate = useTranslate();
  const same = diffs.length - countChanges(diffs);
  const shown = showSame ? diffs : diffs.filter((d) => d.kind !== 'same' || d.moved);
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate(`resources.service-standards.parts.${list}`)}
        <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
          {translate('resources.service-standards.compare.counts', { changes: countChanges(diffs), same })}
        </Typography>
      </Typography>
      {shown.map((diff, index) => (
        <Row key={index}>
          <Cell kind={diff.moved ? 'changed' : diff.kind} side="left">
            {diff.left !== undefined && (
              <>
                {(diff.kind !== 'same' || diff.moved) && diff.kind !== 'added' && <ChangeLabel kind={diff.kind} moved={diff.moved} />}
                <ItemSummary list={list} item={diff.left} />
                <ChangedFields list={list} diff={diff} side="left" />
              </>
            )}
          </Cell>
          <Cell kind={diff.moved ? 'changed' : diff.kind} side="right">
            {diff.right !== undefined && (
              <>
                {(diff.kind !== 'same' || diff.moved) && diff.kind !== 'removed' && <ChangeLabel kind={diff.kind} moved={diff.moved} />}
                <ItemSummary list={list} item={diff.right} />
                <ChangedFields list={list} diff={diff} side="right" />
              </>
            )}
          </Cell>
        </Row>
      ))}
    </Box>
  );
};

const FieldsDiff = ({ diffs, showSame }: { diffs: FieldDiff[]; showSame: boolean }) => {
  const label = useFieldLabel();
  const shown = showSame ? diffs : diffs.filter((d) => d.kind !== 'same');
  if (!shown.length) return null;
  return (
    <Box sx={{ mb: 2 }}>
      {shown.map((diff) => (
        <Row key={diff.field}>
          <Cell kind={diff.kind} side="left">
            <Typography component="span" variant="caption" color="text.secondary">{label('', diff.field)}: </Typography>
            <PartValue list="" field={diff.field} value={diff.left} all={diff.kind !== 'same'} />
          </Cell>
          <Cell kind={diff.kind} side="right">
            <Typography component="span" variant="caption" color="text.secondary">{label('', diff.field)}: </Typography>
            <PartValue list="" field={diff.field} value={diff.right} all={diff.kind !== 'same'} />
          </Cell>
        </Row>
      ))}
    </Box>
  );
};

interface SectionDiff {
  section: ComparedSection;
  fields: FieldDiff[];
  lists: { source: string; diffs: ItemDiff<Item>[] }[];
  changes: number;
}

function compareVersions(left: Item, right: Item): SectionDiff[] {
  return COMPARED_SECTIONS.map((section) => {
    const fields = diffFields(left, right, section.fields);
    const items = (record: Item, source: string, arrange?: (record: Item) => Item[]) => (arrange ? arrange(record) : (record[source] ?? []) as Item[]);
    const lists = section.lists.map(({ source, key, arrange }) => ({
      source,
      diffs: diffLists(items(left, source, arrange), items(right, source, arrange), key),
    }));
    return { section, fields, lists, changes: countChanges(fields) + lists.reduce((sum, l) => sum + countChanges(l.diffs), 0) };
  });
}

const SectionView = ({ diff, showSame }: { diff: SectionDiff; showSame: boolean }) => {
  const translate = useTranslate();
  const { section } = diff;
  return (
    <Paper component="section" variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Typography variant="h6" component="h2">
        {sectionNumber(section.id)}. {translate(`resources.service-standards.sections.${section.id}`)}
        <Typography component="span" variant="body2" color={diff.changes ? 'warning.dark' : 'text.secondary'} sx={{ ml: 1 }}>
          {diff.changes ? translate('resources.service-standards.compare.changes', { smart_count: diff.changes }) : translate('resources.service-standards.compare.no_changes')}
        </Typography>
      </Typography>
      {(diff.changes > 0 || showSame) && (
        <>
          <FieldsDiff diffs={diff.fields} showSame={showSame} />
          {diff.lists.map((list) => <ListDiff key={list.source} list={list.source} diffs={list.diffs} showSame={showSame} />)}
        </>
      )}
    </Paper>
  );
};

const VersionSelect = ({ label, value, versions, onChange }: { label: string; value: string; versions: Version[]; onChange: (id: string) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <TextField select size="small" label={translate(label)} value={value} onChange={(event) => onChange(event.target.value)} sx={{ minWidth: 320 }}>
      {versions.map((version) => (
        <MenuItem key={version.id} value={String(version.id)}>
          {translate('resources.service-standards.version_n', { n: version.versionNumber })}
          {' · '}{translate(enumLabelKey('StandardStatus', version.status))}
          {version.validFrom && ` · ${formatLocalDate(version.validFrom, locale)} – ${version.validTo ? formatLocalDate(version.validTo, locale) : '…'}`}
        </MenuItem>
      ))}
    </TextField>
  );
};

export const StandardCompare = () => {
  const { id = '' } = useParams<'id'>();
  const [params, setParams] = useSearchParams();
  const translate = useTranslate();
  const [showSame, setShowSame] = useState(false);

  const { data: current, isPending: currentPending, error: currentError } = useGetOne<ServiceStandard>('service-standards', { id });
  const { data: versions = [] } = useGetList<Version & { id: string }>(
    'service-standards',
    { filter: { code: current?.code }, sort: { field: 'versionNumber', order: 'ASC' }, pagination: { page: 1, perPage: 100 }, meta: { sparseFields: VERSION_FIELDS } },
    { enabled: Boolean(current?.code) },
  );

  const defaults = useMemo(() => {
    const index = versions.findIndex((v) => v.id === id);
    if (index < 0) return { left: '', right: id };
    return index > 0 ? { left: versions[index - 1].id, right: id } : { left: id, right: versions[index + 1]?.id ?? id };
  }, [versions, id]);
  const leftId = params.get('left') ?? defaults.left;
  const rightId = params.get('right') ?? defaults.right;
  const choose = (side: 'left' | 'right', value: string) => {
    const next = new URLSearchParams(params);
    next.set('left', side === 'left' ? value : leftId);
    next.set('right', side === 'right' ? value : rightId);
    setParams(next, { replace: true });
  };

  const { data: left, isPending: leftPending } = useGetOne<ServiceStandard>('service-standards', { id: leftId }, { enabled: Boolean(leftId) });
  const { data: right, isPending: rightPending } = useGetOne<ServiceStandard>('service-standards', { id: rightId }, { enabled: Boolean(rightId) });
  const diffs = useMemo(() => (left && right ? compareVersions(left as Item, right as Item) : []), [left, right]);

  if (currentPending) return <Loading />;
  if (currentError || !current) return <Alert severity="error" sx={{ m: 2 }}>{translate('ra.notification.item_doesnt_exist')}</Alert>;
  const total = diffs.reduce((sum, d) => sum + d.changes, 0);

  return (
    <RecordContextProvider value={current}>
      <Title title={translate('resources.service-standards.compare.title', { code: current.code })} />
      <TopToolbar>
        <ShowButton resource="service-standards" record={current} />
      </TopToolbar>
      <Card>
        <CardContent>
          <Stack direction={{ xs: 'column', md: 'row' }} gap={2} alignItems={{ md: 'center' }} sx={{ mb: 2 }}>
            <VersionSelect label="resources.service-standards.compare.left" value={leftId} versions={versions} onChange={(v) => choose('left', v)} />
            <VersionSelect label="resources.service-standards.compare.right" value={rightId} versions={versions} onChange={(v) => choose('right', v)} />
            <FormControlLabel control={<Switch checked={showSame} onChange={(event) => setShowSame(event.target.checked)} />}
              label={translate('resources.service-standards.compare.show_same')} />
          </Stack>
          {versions.length < 2 && <Alert severity="info" sx={{ mb: 2 }}>{translate('resources.service-standards.compare.only_one')}</Alert>}
          {leftId === rightId && versions.length > 1 && <Alert severity="info" sx={{ mb: 2 }}>{translate('resources.service-standards.compare.same_version')}</Alert>}
          {(leftPending && leftId) || (rightPending && rightId) ? <Loading /> : (
            <>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {total ? translate('resources.service-standards.compare.changes', { smart_count: total }) : translate('resources.service-standards.compare.no_differences')}
              </Typography>
              {diffs.map((diff) => <SectionView key={diff.section.id} diff={diff} showSame={showSame} />)}
            </>
          )}
        </CardContent>
      </Card>
    </RecordContextProvider>
  );
};
