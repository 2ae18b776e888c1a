import { Migration } from '@mikro-orm/migrations';

export class Migration20261122003734_initial extends Migration {

  override name = 'Migration20261122003734_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "agency" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" varchar(255) not null, "kind" text not null, "parent_id" uuid null, "name" jsonb not null, "short_name" jsonb null, "bin" varchar(12) null, "address" jsonb null, "phones" text[] not null default '{}', "email" varchar(255) null, "website" varchar(255) null, "note" text null, primary key ("id"));`);
    this.addSql(`alter table "agency" add constraint "agency_code_unique" unique ("code");`);
    this.addSql(`create index "agency_parent_id_index" on "agency" ("parent_id");`);

    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor" varchar(255) not null, "operation" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" varchar(255) not null, "before" jsonb null, "after" jsonb null, "request_id" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_operation_index" on "audit_entry" ("operation");`);
    this.addSql(`create index "audit_entry_entity_id_index" on "audit_entry" ("entity_id");`);

    this.addSql(`create table "legal_act" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" varchar(255) not null, "kind" text not null, "number" varchar(255) null, "date" date null, "title" jsonb not null, "publication" text null, "entry_into_force_rule" text null, "entry_into_force" date null, "entry_into_force_estimated" boolean not null default false, "status" text not null, "note" text null, primary key ("id"));`);
    this.addSql(`alter table "legal_act" add constraint "legal_act_code_unique" unique ("code");`);

    this.addSql(`create table "legal_act_relation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "kind" text not null, "source_id" uuid not null, "target_id" uuid not null, "clauses" text[] not null default '{}', "effective_date" date null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "legal_act_relation_source_id_index" on "legal_act_relation" ("source_id");`);
    this.addSql(`create index "legal_act_relation_target_id_index" on "legal_act_relation" ("target_id");`);

    this.addSql(`create table "service_standard" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" varchar(255) not null, "version_number" int not null, "status" text not null, "valid_from" date null, "valid_to" date null, "valid_from_estimated" boolean not null default false, "approved_by_id" uuid null, "approved_clause" varchar(255) null, "repealed_by_id" uuid null, "repealed_on" date null, "repeal_estimated" boolean not null default false, "name" jsonb not null, "title_variants" jsonb not null default '[]', "developer_id" uuid null, "provider_id" uuid not null, "automation" text null, "media" text[] not null default '{}', "form_clause" varchar(255) null, "form_note" text null, "recipients" text[] not null default '{}', "result" jsonb not null, "fee_kind" text not null, "fee_amount_mci" double precision null, "fee_legal_basis_id" uuid null, "fee_description" jsonb null, "fee_clause" varchar(255) null, "fee_note" text null, "channels" text[] not null default '{}', "work_principles" jsonb not null default '[]', "notes" jsonb not null default '[]', "based_on_id" uuid null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "service_standard_code_index" on "service_standard" ("code");`);
    this.addSql(`create index "service_standard_status_index" on "service_standard" ("status");`);
    this.addSql(`create index "service_standard_provider_id_index" on "service_standard" ("provider_id");`);
    this.addSql(`alter table "service_standard" add constraint "service_standard_code_version_number_unique" unique ("code", "version_number");`);

    this.addSql(`create table "refusal_ground" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "text" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "refusal_ground_standard_id_index" on "refusal_ground" ("standard_id");`);

    this.addSql(`create table "quality_indicator_definition" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "group" text not null, "group_title" jsonb not null, "code" varchar(255) not null, "wording" jsonb not null, "unit" text not null default 'percent', "normative" double precision null, "target" double precision null, "current" double precision null, primary key ("id"));`);
    this.addSql(`create index "quality_indicator_definition_standard_id_index" on "quality_indicator_definition" ("standard_id");`);

    this.addSql(`create table "qualification_group" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "code" varchar(255) not null, "activity_subtype" jsonb not null, "items" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "qualification_group_standard_id_index" on "qualification_group" ("standard_id");`);

    this.addSql(`create table "form_template" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "code" varchar(255) not null, "kind" text not null, "appendix" int null, "title" jsonb not null, "fields" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "form_template_standard_id_index" on "form_template" ("standard_id");`);

    this.addSql(`create table "document_requirement" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "sub_service" varchar(255) not null, "channel" text not null, "title" jsonb not null, "copy_kind" text not null, "notarised" text not null default 'no', "official_translation" boolean not null default false, "legalisation" boolean not null default false, "eds_signed" boolean not null default false, "from_state_systems" boolean not null default false, "recipients" text[] not null default '{}', "condition" jsonb null, "exemption" jsonb null, "form_code" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "document_requirement_standard_id_index" on "document_requirement" ("standard_id");`);

    this.addSql(`create table "deadline_rule" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "kind" text not null, "value" double precision null, "unit" text null, "comparator" text null, "counts_from" jsonb null, "exclude_start_day" boolean not null default false, "owed_by" text not null, "sub_services" text[] not null default '{}', "channels" text[] not null default '{}', "description" jsonb null, primary key ("id"));`);
    this.addSql(`create index "deadline_rule_standard_id_index" on "deadline_rule" ("standard_id");`);

    this.addSql(`create table "contact_point" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "agency_id" uuid not null, "purpose" text not null, "address" jsonb null, "room" varchar(255) null, "phones" text[] not null default '{}', "fax" text[] not null default '{}', "email" varchar(255) null, "website" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "contact_point_standard_id_index" on "contact_point" ("standard_id");`);
    this.addSql(`create index "contact_point_agency_id_index" on "contact_point" ("agency_id");`);

    this.addSql(`create table "complaint_level" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "level" text not null, "agency_id" uuid null, "description" jsonb not null, "address" jsonb null, "room" varchar(255) null, "phones" text[] not null default '{}', "has_review_deadline" boolean not null default false, "review_value" double precision null, "review_unit" text null, "review_counts_from" jsonb null, "review_legal_basis_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "complaint_level_standard_id_index" on "complaint_level" ("standard_id");`);
    this.addSql(`create index "complaint_level_agency_id_index" on "complaint_level" ("agency_id");`);

    this.addSql(`create table "standard_agency_role" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "agency_id" uuid not null, "role" varchar(255) not null, primary key ("id"));`);
    this.addSql(`create index "standard_agency_role_standard_id_index" on "standard_agency_role" ("standard_id");`);
    this.addSql(`create index "standard_agency_role_agency_id_index" on "standard_agency_role" ("agency_id");`);

    this.addSql(`create table "standard_amendment" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "act_id" uuid not null, "kind" text not null, "clauses" text[] not null default '{}', primary key ("id"));`);
    this.addSql(`create index "standard_amendment_standard_id_index" on "standard_amendment" ("standard_id");`);
    this.addSql(`create index "standard_amendment_act_id_index" on "standard_amendment" ("act_id");`);

    this.addSql(`create table "standard_channel" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "channel" text not null, "agency_id" uuid null, "description" jsonb null, primary key ("id"));`);
    this.addSql(`create index "standard_channel_standard_id_index" on "standard_channel" ("standard_id");`);
    this.addSql(`create index "standard_channel_agency_id_index" on "standard_channel" ("agency_id");`);

    this.addSql(`create table "standard_legal_basis" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "act_id" uuid not null, "article" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "standard_legal_basis_standard_id_index" on "standard_legal_basis" ("standard_id");`);
    this.addSql(`create index "standard_legal_basis_act_id_index" on "standard_legal_basis" ("act_id");`);

    this.addSql(`create table "sub_service" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "code" varchar(255) not null, "kind" text not null, "name" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "sub_service_standard_id_index" on "sub_service" ("standard_id");`);

    this.addSql(`create table "work_schedule" ("id" uuid not null, "standard_id" uuid not null, "ordinal" int not null, "clause" varchar(255) null, "amended_by_id" uuid null, "note" text null, "agency_id" uuid not null, "purpose" text not null, "around_the_clock" boolean not null default false, "periods" jsonb not null default '[]', "no_appointment" boolean null, "no_expedited_service" boolean null, "electronic_queue" boolean null, "booking_via_portal" boolean null, "except_holidays" boolean not null default true, "description" jsonb null, primary key ("id"));`);
    this.addSql(`create index "work_schedule_standard_id_index" on "work_schedule" ("standard_id");`);
    this.addSql(`create index "work_schedule_agency_id_index" on "work_schedule" ("agency_id");`);

    this.addSql(`alter table "agency" add constraint "agency_parent_id_foreign" foreign key ("parent_id") references "agency" ("id") on delete restrict;`);
    this.addSql(`alter table "agency" add constraint "agency_kind_check" check ("kind" in ('government', 'ministry', 'committee', 'territorialBody', 'localExecutiveBody', 'pscEnterprise', 'pscBranch', 'pscOffice', 'portal', 'qualityControlBody', 'contactCentre', 'other'));`);

    this.addSql(`alter table "legal_act" add constraint "legal_act_kind_check" check ("kind" in ('constitution', 'code', 'law', 'presidentialDecree', 'governmentResolution', 'ministerialOrder', 'other'));`);
    this.addSql(`alter table "legal_act" add constraint "legal_act_status_check" check ("status" in ('inForce', 'repealed', 'unknown'));`);

    this.addSql(`alter table "legal_act_relation" add constraint "legal_act_relation_source_id_foreign" foreign key ("source_id") references "legal_act" ("id") on delete cascade;`);
    this.addSql(`alter table "legal_act_relation" add constraint "legal_act_relation_target_id_foreign" foreign key ("target_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "legal_act_relation" add constraint "legal_act_relation_kind_check" check ("kind" in ('amends', 'repeals'));`);

    this.addSql(`alter table "service_standard" add constraint "service_standard_approved_by_id_foreign" foreign key ("approved_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "service_standard" add constraint "service_standard_repealed_by_id_foreign" foreign key ("repealed_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "service_standard" add constraint "service_standard_developer_id_foreign" foreign key ("developer_id") references "agency" ("id") on delete restrict;`);
    this.addSql(`alter table "service_standard" add constraint "service_standard_provider_id_foreign" foreign key ("provider_id") references "agency" ("id") on delete restrict;`);
    this.addSql(`alter table "service_standard" add constraint "service_standard_fee_legal_basis_id_foreign" foreign key ("fee_legal_basis_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "service_standard" add constraint "service_standard_based_on_id_foreign" foreign key ("based_on_id") references "service_standard" ("id") on delete set null;`);
    this.addSql(`alter table "service_standard" add constraint "service_standard_status_check" check ("status" in ('draft', 'published', 'repealed'));`);
    this.addSql(`alter table "service_standard" add constraint "service_standard_automation_check" check ("automation" in ('automated', 'partlyAutomated', 'nonAutomated'));`);
    this.addSql(`alter table "service_standard" add constraint "service_standard_fee_kind_check" check ("fee_kind" in ('free', 'licenceFee', 'stateDuty', 'fixedAmount'));`);

    this.addSql(`alter table "refusal_ground" add constraint "refusal_ground_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "refusal_ground" add constraint "refusal_ground_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);

    this.addSql(`alter table "quality_indicator_definition" add constraint "quality_indicator_definition_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "quality_indicator_definition" add constraint "quality_indicator_definition_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "quality_indicator_definition" add constraint "quality_indicator_definition_group_check" check ("group" in ('timeliness', 'quality', 'accessibility', 'complaints', 'courtesy'));`);
    this.addSql(`alter table "quality_indicator_definition" add constraint "quality_indicator_definition_unit_check" check ("unit" in ('percent'));`);

    this.addSql(`alter table "qualification_group" add constraint "qualification_group_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "qualification_group" add constraint "qualification_group_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);

    this.addSql(`alter table "form_template" add constraint "form_template_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "form_template" add constraint "form_template_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "form_template" add constraint "form_template_kind_check" check ("kind" in ('application', 'receipt', 'refusalToAcceptReceipt', 'informationForm', 'other'));`);

    this.addSql(`alter table "document_requirement" add constraint "document_requirement_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "document_requirement" add constraint "document_requirement_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "document_requirement" add constraint "document_requirement_channel_check" check ("channel" in ('office', 'psc', 'elicense', 'egov'));`);
    this.addSql(`alter table "document_requirement" add constraint "document_requirement_copy_kind_check" check ("copy_kind" in ('original', 'copy', 'originalOrCopy', 'electronicDocument', 'electronicCopy', 'data', 'information'));`);
    this.addSql(`alter table "document_requirement" add constraint "document_requirement_notarised_check" check ("notarised" in ('no', 'yes', 'ifOriginalNotPresented'));`);

    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_kind_check" check ("kind" in ('processing', 'completenessCheck', 'refusalDelivery', 'deemedIssuedHandover', 'deemedReceived', 'applicantFilingWindow', 'maxQueueWait', 'maxServiceTime', 'complaintReview', 'pscHandover', 'pscResultStorage', 'documentValidity', 'other'));`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_unit_check" check ("unit" in ('minutes', 'hours', 'workingDays', 'calendarDays', 'months', 'years'));`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_comparator_check" check ("comparator" in ('notLaterThan', 'within', 'notExceeding', 'atLeast', 'exactly'));`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_owed_by_check" check ("owed_by" in ('provider', 'psc', 'applicant', 'ministry', 'qualityControlBody', 'consentingBody'));`);

    this.addSql(`alter table "contact_point" add constraint "contact_point_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "contact_point" add constraint "contact_point_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "contact_point" add constraint "contact_point_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`);
    this.addSql(`alter table "contact_point" add constraint "contact_point_purpose_check" check ("purpose" in ('documentAcceptance', 'complaints', 'complaintExplanation', 'complaintAnswers', 'information', 'resultPickup', 'improperService', 'other'));`);

    this.addSql(`alter table "complaint_level" add constraint "complaint_level_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "complaint_level" add constraint "complaint_level_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "complaint_level" add constraint "complaint_level_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`);
    this.addSql(`alter table "complaint_level" add constraint "complaint_level_review_legal_basis_id_foreign" foreign key ("review_legal_basis_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "complaint_level" add constraint "complaint_level_level_check" check ("level" in ('providerHead', 'ministry', 'pscHead', 'qualityControlBody', 'court', 'other'));`);
    this.addSql(`alter table "complaint_level" add constraint "complaint_level_review_unit_check" check ("review_unit" in ('minutes', 'hours', 'workingDays', 'calendarDays', 'months', 'years'));`);

    this.addSql(`alter table "standard_agency_role" add constraint "standard_agency_role_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "standard_agency_role" add constraint "standard_agency_role_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "standard_agency_role" add constraint "standard_agency_role_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`);

    this.addSql(`alter table "standard_amendment" add constraint "standard_amendment_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "standard_amendment" add constraint "standard_amendment_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "standard_amendment" add constraint "standard_amendment_act_id_foreign" foreign key ("act_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "standard_amendment" add constraint "standard_amendment_kind_check" check ("kind" in ('newEdition', 'clauseAmendment'));`);

    this.addSql(`alter table "standard_channel" add constraint "standard_channel_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "standard_channel" add constraint "standard_channel_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "standard_channel" add constraint "standard_channel_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`);
    this.addSql(`alter table "standard_channel" add constraint "standard_channel_channel_check" check ("channel" in ('office', 'psc', 'elicense', 'egov'));`);

    this.addSql(`alter table "standard_legal_basis" add constraint "standard_legal_basis_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "standard_legal_basis" add constraint "standard_legal_basis_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "standard_legal_basis" add constraint "standard_legal_basis_act_id_foreign" foreign key ("act_id") references "legal_act" ("id") on delete restrict;`);

    this.addSql(`alter table "sub_service" add constraint "sub_service_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "sub_service" add constraint "sub_service_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "sub_service" add constraint "sub_service_kind_check" check ("kind" in ('issuance', 'licenceAnnex', 'reissuance', 'duplicate', 'registration', 'reregistration', 'other'));`);

    this.addSql(`alter table "work_schedule" add constraint "work_schedule_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "work_schedule" add constraint "work_schedule_amended_by_id_foreign" foreign key ("amended_by_id") references "legal_act" ("id") on delete restrict;`);
    this.addSql(`alter table "work_schedule" add constraint "work_schedule_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`);
    this.addSql(`alter table "work_schedule" add constraint "work_schedule_purpose_check" check ("purpose" in ('documentAcceptance', 'complaints', 'complaintExplanation', 'complaintAnswers', 'information', 'resultPickup', 'improperService', 'other'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "agency" drop constraint "agency_parent_id_foreign";`);
    this.addSql(`alter table "service_standard" drop constraint "service_standard_developer_id_foreign";`);
    this.addSql(`alter table "service_standard" drop constraint "service_standard_provider_id_foreign";`);
    this.addSql(`alter table "contact_point" drop constraint "contact_point_agency_id_foreign";`);
    this.addSql(`alter table "complaint_level" drop constraint "complaint_level_agency_id_foreign";`);
    this.addSql(`alter table "standard_agency_role" drop constraint "standard_agency_role_agency_id_foreign";`);
    this.addSql(`alter table "standard_channel" drop constraint "standard_channel_agency_id_foreign";`);
    this.addSql(`alter table "work_schedule" drop constraint "work_schedule_agency_id_foreign";`);
    this.addSql(`alter table "legal_act_relation" drop constraint "legal_act_relation_source_id_foreign";`);
    this.addSql(`alter table "legal_act_relation" drop constraint "legal_act_relation_target_id_foreign";`);
    this.addSql(`alter table "service_standard" drop constraint "service_standard_approved_by_id_foreign";`);
    this.addSql(`alter table "service_standard" drop constraint "service_standard_repealed_by_id_foreign";`);
    this.addSql(`alter table "service_standard" drop constraint "service_standard_fee_legal_basis_id_foreign";`);
    this.addSql(`alter table "refusal_ground" drop constraint "refusal_ground_amended_by_id_foreign";`);
    this.addSql(`alter table "quality_indicator_definition" drop constraint "quality_indicator_definition_amended_by_id_foreign";`);
    this.addSql(`alter table "qualification_group" drop constraint "qualification_group_amended_by_id_foreign";`);
    this.addSql(`alter table "form_template" drop constraint "form_template_amended_by_id_foreign";`);
    this.addSql(`alter table "document_requirement" drop constraint "document_requirement_amended_by_id_foreign";`);
    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_amended_by_id_foreign";`);
    this.addSql(`alter table "contact_point" drop constraint "contact_point_amended_by_id_foreign";`);
    this.addSql(`alter table "complaint_level" drop constraint "complaint_level_amended_by_id_foreign";`);
    this.addSql(`alter table "complaint_level" drop constraint "complaint_level_review_legal_basis_id_foreign";`);
    this.addSql(`alter table "standard_agency_role" drop constraint "standard_agency_role_amended_by_id_foreign";`);
    this.addSql(`alter table "standard_amendment" drop constraint "standard_amendment_amended_by_id_foreign";`);
    this.addSql(`alter table "standard_amendment" drop constraint "standard_amendment_act_id_foreign";`);
    this.addSql(`alter table "standard_channel" drop constraint "standard_channel_amended_by_id_foreign";`);
    this.addSql(`alter table "standard_legal_basis" drop constraint "standard_legal_basis_amended_by_id_foreign";`);
    this.addSql(`alter table "standard_legal_basis" drop constraint "standard_legal_basis_act_id_foreign";`);
    this.addSql(`alter table "sub_service" drop constraint "sub_service_amended_by_id_foreign";`);
    this.addSql(`alter table "work_schedule" drop constraint "work_schedule_amended_by_id_foreign";`);
    this.addSql(`alter table "service_standard" drop constraint "service_standard_based_on_id_foreign";`);
    this.addSql(`alter table "refusal_ground" drop constraint "refusal_ground_standard_id_foreign";`);
    this.addSql(`alter table "quality_indicator_definition" drop constraint "quality_indicator_definition_standard_id_foreign";`);
    this.addSql(`alter table "qualification_group" drop constraint "qualification_group_standard_id_foreign";`);
    this.addSql(`alter table "form_template" drop constraint "form_template_standard_id_foreign";`);
    this.addSql(`alter table "document_requirement" drop constraint "document_requirement_standard_id_foreign";`);
    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_standard_id_foreign";`);
    this.addSql(`alter table "contact_point" drop constraint "contact_point_standard_id_foreign";`);
    this.addSql(`alter table "complaint_level" drop constraint "complaint_level_standard_id_foreign";`);
    this.addSql(`alter table "standard_agency_role" drop constraint "standard_agency_role_standard_id_foreign";`);
    this.addSql(`alter table "standard_amendment" drop constraint "standard_amendment_standard_id_foreign";`);
    this.addSql(`alter table "standard_channel" drop constraint "standard_channel_standard_id_foreign";`);
    this.addSql(`alter table "standard_legal_basis" drop constraint "standard_legal_basis_standard_id_foreign";`);
    this.addSql(`alter table "sub_service" drop constraint "sub_service_standard_id_foreign";`);
    this.addSql(`alter table "work_schedule" drop constraint "work_schedule_standard_id_foreign";`);

    this.addSql(`drop table if exists "agency" cascade;`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "legal_act" cascade;`);
    this.addSql(`drop table if exists "legal_act_relation" cascade;`);
    this.addSql(`drop table if exists "service_standard" cascade;`);
    this.addSql(`drop table if exists "refusal_ground" cascade;`);
    this.addSql(`drop table if exists "quality_indicator_definition" cascade;`);
    this.addSql(`drop table if exists "qualification_group" cascade;`);
    this.addSql(`drop table if exists "form_template" cascade;`);
    this.addSql(`drop table if exists "document_requirement" cascade;`);
    this.addSql(`drop table if exists "deadline_rule" cascade;`);
    this.addSql(`drop table if exists "contact_point" cascade;`);
    this.addSql(`drop table if exists "complaint_level" cascade;`);
    this.addSql(`drop table if exists "standard_agency_role" cascade;`);
    this.addSql(`drop table if exists "standard_amendment" cascade;`);
    this.addSql(`drop table if exists "standard_channel" cascade;`);
    this.addSql(`drop table if exists "standard_legal_basis" cascade;`);
    this.addSql(`drop table if exists "sub_service" cascade;`);
    this.addSql(`drop table if exists "work_schedule" cascade;`);
  }

}
