/** Small fields of the audit screens: the actor, the action, and the record changed (with a link). */
import type { MouseEvent } from 'react';
import { Box, Chip, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useResourceDefinitions, useTranslate } from 'react-admin';
import type { AuditEntry } from '../generated/graphql';
import { actionLabelKey, entityTypeLabelKey, resourceOfEntityType } from './auditLabels';

type FieldProps = { label?: string; source?: string };

const ACTION_COLOURS: Record<string, 'success' | 'error' | 'info' | 'warning' | 'default'> = {
  create: 'success', delete: 'error', update: 'info', publish: 'success', repeal: 'warning', revoke: 'warning',
};

/** The user's name when the actor is a console user, with the recorded actor under it. */
export const ActorField = (_props: FieldProps) => {
  const entry = useRecordContext<AuditEntry>();
  if (!entry) return null;
  const name = entry.actorUser?.displayName;
  return (
    <Box>
      <Typography variant="body2">{name ?? entry.actor}</Typography>
      {name && <Typography variant="caption" color="text.secondary">{entry.actor}</Typography>}
    </Box>
  );
};

export const ActionField = (_props: FieldProps) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!entry) return null;
  return <Chip size="small" color={ACTION_COLOURS[entry.action] ?? 'default'} label={translate(actionLabelKey(entry.action), { _: entry.action })} />;
};

export const EntityTypeField = (_props: FieldProps) => {
  const entry = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!entry) return null;
  return <Typography variant="body2">{translate(entityTypeLabelKey(entry.entityType), { _: entry.entityType })}</Typography>;
};

/** The record's id, linked to its page when the console has one (a deleted record's page says so). */
export const EntityLinkField = (_props: FieldProps) => {
  const entry = useRecordContext<AuditEntry>();
  const definitions = useResourceDefinitions();
  const createPath = useCreatePath();
  if (!entry) return null;
  const resource = resourceOfEntityType(entry.entityType);
  const definition = resource ? definitions[resource] : undefined;
  const type = definition?.hasShow ? 'show' : definition?.hasEdit ? 'edit' : undefined;
  const text = <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', fontSize: '0.8em' }}>{entry.entityId}</Typography>;
  if (!resource || !type) return text;
  return <Link to={createPath({ resource, type, id: entry.entityId })} onClick={(event: MouseEvent) => event.stopPropagation()}>{text}</Link>;
};
