/** Inputs the standard's tabs share: list parts, clause and note, phone lists, choices from other parts. */
import { useEffect, useState, type ReactNode } from 'react';
import { Box, ButtonBase, Stack, Typography } from '@mui/material';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useLocation } from 'react-router-dom';
import { ArrayInput, SimpleFormIterator, TextInput, maxLength, useLocaleState, useWrappedSource } from 'react-admin';
import { localized, type LocalizedTextValue } from '../../i18n/localized';
import { enumLabelKey } from '../../i18n/enums';
import { ItemSummary } from '../PartValue';

const valueAt = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

/**
 * A row of a long list, shown as one line (ItemSummary) until opened: a standard has hundreds of
 * inputs, and only the rows being edited mount theirs. Rows added since the form opened (no
 * initial value at their place) and rows with errors open by themselves. The row's values stay in
 * the form while it is closed.
 */
export const CollapsibleItem = ({ list, children }: { list: string; children: ReactNode }) => {
  const source = useWrappedSource('');
  const item = useWatch({ name: source }) as Record<string, unknown> | undefined;
  const { formState } = useFormContext();
  const { errors } = useFormState({ name: source });
  const hasError = Boolean(valueAt(errors, source));
  const [open, setOpen] = useState(() => valueAt(formState.defaultValues, source) === undefined);
  useEffect(() => {
    if (hasError) setOpen(true);
  }, [hasError]);
  return (
    <Box sx={{ width: '100%' }}>
      <ButtonBase
        component="div"
        role="button"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        sx={{ width: '100%', justifyContent: 'flex-start', textAlign: 'left', gap: 1, py: 0.5, borderRadius: 1, color: hasError ? 'error.main' : undefined }}
      >
        {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
        {/* The summary's links (agencies, acts) do not navigate away from the form. */}
        <Typography component="span" variant="body2" sx={{ flex: 1, minWidth: 0, pointerEvents: 'none' }}>
          <ItemSummary list={list} item={item} />
        </Typography>
      </ButtonBase>
      {open && <Stack sx={{ pl: 3.5, pt: 1 }}>{children}</Stack>}
    </Box>
  );
};

/** New rows start empty (react-admin would guess their shape from the children's sources). */
const newItem = (item: unknown) => item ?? {};

/**
 * A list part of the standard (sub-services, documents …): rows are added, removed and moved up
 * and down (the order is the law's; the data provider numbers the rows by position on save).
 * With `collapse`, each row is a CollapsibleItem summarised as that kind of part.
 */
export const PartInput = ({ source, children, inline = false, ordered = true, label, collapse }: {
  source: string;
  children: ReactNode;
  inline?: boolean;
  /** false for lists whose order carries no meaning */
  ordered?: boolean;
  label?: string | false;
  collapse?: string;
}) => (
  <ArrayInput source={source} label={label ?? `resources.service-standards.parts.${source}`}>
    <SimpleFormIterator
      inline={inline}
      disableReordering={!ordered}
      fullWidth
      getItemDefaults={newItem}
      sx={{ '& .RaSimpleFormIterator-line': { borderBottomWidth: 2 }, '& .RaSimpleFormIterator-form': { minWidth: 0 } }}
    >
      {collapse ? <CollapsibleItem list={collapse}>{children}</CollapsibleItem> : children}
    </SimpleFormIterator>
  </ArrayInput>
);

const TAB_PATHS = ['channels', 'sub-services', 'documents', 'refusal-grounds', 'complaint-route', 'qualification', 'forms', 'indicators', 'amendments'];

/**
 * The content of a tab, mounted only while the tab is shown (TabbedForm keeps every tab mounted,
 * which for a standard is thousands of inputs). Values of other tabs stay in the form.
 */
export const LazyTab = ({ path, children }: { path: string; children: ReactNode }) => {
  const { pathname } = useLocation();
  const current = TAB_PATHS.find((tab) => pathname.endsWith(`/${tab}`)) ?? '';
  return current === path ? <>{children}</> : null;
};

/** Where the standard says it, and a remark on the source text. */
export const ProvenanceInputs = () => (
  <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2} sx={{ width: '100%' }}>
    <TextInput source="clause" validate={maxLength(200)} sx={{ flex: 1 }} helperText={false} />
    <TextInput source="note" validate={maxLength(5000)} multiline sx={{ flex: 3 }} helperText={false} />
  </Stack>
);

/** A list of short strings (phones, clauses, notes). */
export const StringListInput = ({ source, label, max = 200, multiline = false }: { source: string; label?: string; max?: number; multiline?: boolean }) => (
  <ArrayInput source={source} label={label}>
    <SimpleFormIterator inline disableReordering={!multiline} fullWidth={multiline}>
      <TextInput source="" label={false} helperText={false} validate={maxLength(max)} multiline={multiline} fullWidth={multiline} />
    </SimpleFormIterator>
  </ArrayInput>
);

/** A row of inputs that wraps on small screens. */
export const Row = ({ children }: { children: ReactNode }) => (
  <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2} alignItems={{ md: 'flex-start' }} sx={{ width: '100%', '& > *': { flex: 1 } }}>
    {children}
  </Stack>
);

interface Choice { id: string; name: string }

/** The standard's sub-services as choices (code → name), as the form has them now. */
export function useSubServiceChoices(): Choice[] {
  const [locale] = useLocaleState();
  const subServices = (useWatch({ name: 'subServices' }) ?? []) as { code?: string; name?: LocalizedTextValue }[];
  return subServices
    .filter((s) => s?.code)
    .map((s) => ({ id: s.code!, name: `${localized(s.name, locale) || s.code} [${s.code}]` }));
}

/** The channels the standard offers now (translation keys as names). */
export function useChannelChoices(): Choice[] {
  const channels = (useWatch({ name: 'channelDetails' }) ?? []) as { channel?: string }[];
  return [...new Set(channels.map((c) => c?.channel).filter((c): c is string => Boolean(c)))]
    .map((id) => ({ id, name: enumLabelKey('Channel', id) }));
}

/** The standard's appendix forms as choices (code → title). */
export function useFormChoices(): Choice[] {
  const [locale] = useLocaleState();
  const forms = (useWatch({ name: 'forms' }) ?? []) as { code?: string; title?: LocalizedTextValue }[];
  return forms.filter((f) => f?.code).map((f) => ({ id: f.code!, name: `${localized(f.title, locale) || f.code} [${f.code}]` }));
}
