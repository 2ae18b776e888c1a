/** Every entity the ORM knows, listed explicitly (no folder scanning: explicit beats magic). */
import { Agency } from './modules/agencies/agency.entity.js';
import { LegalAct, LegalActRelation } from './modules/legal-acts/legal-act.entity.js';
import { ServiceStandard } from './modules/standards/service-standard.entity.js';
import { StandardAgencyRole, StandardAmendment, StandardChannel, StandardLegalBasis } from './modules/standards/standard-links.entity.js';
import { SubService } from './modules/standards/sub-service.entity.js';
import { DeadlineRule } from './modules/standards/deadline-rule.entity.js';
import { DocumentRequirement } from './modules/standards/document-requirement.entity.js';
import { RefusalGround } from './modules/standards/refusal-ground.entity.js';
import { ComplaintLevel } from './modules/standards/complaint-level.entity.js';
import { ContactPoint } from './modules/standards/contact-point.entity.js';
import { WorkSchedule } from './modules/standards/work-schedule.entity.js';
import { QualificationGroup } from './modules/standards/qualification-requirement.entity.js';
import { FormTemplate } from './modules/standards/form-template.entity.js';
import { QualityIndicatorDefinition } from './modules/standards/quality-indicator-definition.entity.js';
import { AuditEntry } from './modules/audit/audit-entry.entity.js';
import { Application } from './modules/applications/application.entity.js';
import { ApplicationEvent } from './modules/applications/application-event.entity.js';
import { Receipt, RegistrationCounter } from './modules/applications/receipt.entity.js';
import { IdempotencyKey } from './modules/applications/idempotency-key.entity.js';
import { Complaint } from './modules/complaints/complaint.entity.js';
import { SurveyResponse } from './modules/surveys/survey-response.entity.js';
import { CalendarDay, CalendarRevision } from './modules/calendar/calendar-day.entity.js';
import { User, Session } from './modules/access/user.entity.js';
import { ApiKey } from './modules/access/api-key.entity.js';
import { StandardChange } from './modules/open-data/standard-change.entity.js';
import { WebhookDelivery, WebhookSubscription } from './modules/open-data/webhook.entity.js';
import { IndicatorCounter, IndicatorManualValue, IndicatorPeriodClose, IndicatorSnapshot, IndicatorSnapshotDefinition, IndicatorSnapshotManualValue, IndicatorTarget } from './modules/indicators/indicator.entities.js';

export const entities = [
  Agency, LegalAct, LegalActRelation,
  ServiceStandard, StandardChannel, StandardAgencyRole, StandardLegalBasis, StandardAmendment,
  SubService, DeadlineRule, DocumentRequirement, RefusalGround, ComplaintLevel, ContactPoint, WorkSchedule,
  QualificationGroup, FormTemplate, QualityIndicatorDefinition,
  AuditEntry,
  Application, ApplicationEvent, Receipt, RegistrationCounter, IdempotencyKey, Complaint, SurveyResponse,
  CalendarDay, CalendarRevision,
  User, Session, ApiKey,
  StandardChange, WebhookSubscription, WebhookDelivery,
  IndicatorCounter, IndicatorSnapshot, IndicatorSnapshotDefinition, IndicatorSnapshotManualValue, IndicatorPeriodClose, IndicatorTarget, IndicatorManualValue,
];
