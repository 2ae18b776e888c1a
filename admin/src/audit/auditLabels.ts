/**
 * The actions and kinds of record the audit log names (the `recordAudit` calls of the server's
 * services), for the filters' choices and labels. A value the console does not know yet is still
 * listed and filtered, under its own name.
 */
import { typeByResource } from '../dataProvider/schema';

export const AUDIT_ACTIONS = [
  'create', 'update', 'delete', 'createDraft', 'publish', 'repeal', 'supersede', 'revoke',
  'registerComplaint', 'resolveComplaint', 'recordSurveyResponse', 'closePeriod', 'corpus:load',
] as const;

export const AUDIT_ENTITY_TYPES = [
  'ServiceStandard', 'Agency', 'LegalAct', 'LegalActRelation', 'CalendarDay', 'User', 'ApiKey', 'WebhookSubscription',
  'Complaint', 'SurveyResponse', 'IndicatorTarget', 'IndicatorManualValue', 'IndicatorPeriod',
] as const;

export const actionLabelKey = (action: string) => `resources.audit-entries.actions.${action}`;
export const entityTypeLabelKey = (type: string) => `resources.audit-entries.entityTypes.${type}`;

export const actionChoices = AUDIT_ACTIONS.map((id) => ({ id, name: actionLabelKey(id) }));
export const entityTypeChoices = AUDIT_ENTITY_TYPES.map((id) => ({ id, name: entityTypeLabelKey(id) }));

const resourceByType = new Map([...typeByResource].map(([resource, type]) => [type, resource]));

/** The console resource of a kind of record (`LegalAct` → `legal-acts`), if it is one. */
export const resourceOfEntityType = (type: string): string | undefined => resourceByType.get(type);
