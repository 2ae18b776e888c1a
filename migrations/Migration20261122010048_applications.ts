import { Migration } from '@mikro-orm/migrations';

export class Migration20261122010048_applications extends Migration {

  override name = 'Migration20261122010048_applications';

  override up(): void | Promise<void> {
    this.addSql(`create table "api_key" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(200) not null, "partner" varchar(100) not null, "prefix" varchar(20) not null, "key_hash" varchar(64) not null, "scopes" text[] not null default '{}', "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by" varchar(300) not null, primary key ("id"));`);
    this.addSql(`create index "api_key_partner_index" on "api_key" ("partner");`);
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);

    this.addSql(`create table "registration_counter" ("agency_id" uuid not null, "year" int not null, "last" int not null, primary key ("agency_id", "year"));`);

    this.addSql(`create table "application" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "status" text not null, "intake" text not null, "applicant_kind" text not null, "applicant_identifier" varchar(12) null, "applicant_name" varchar(500) not null, "standard_id" uuid not null, "standard_code" varchar(100) not null, "standard_version" int not null, "sub_service" varchar(100) not null, "channel" text not null, "agency_id" uuid not null, "responsible_operator" varchar(200) null, "presented_documents" jsonb not null default '[]', "queue_wait_minutes" double precision null, "service_minutes" double precision null, "queue_wait_limit_minutes" double precision null, "service_time_limit_minutes" double precision null, "deadline_value" double precision null, "deadline_unit" text null, "deadline_exclude_start_day" boolean not null default false, "deemed_issued_applies" boolean not null default false, "submitted_at" timestamptz not null, "accepted_at" timestamptz null, "due_at" timestamptz null, "psc_handover_due_at" timestamptz null, "suspended_at" timestamptz null, "suspended_from_status" text null, "suspended_remaining" double precision null, "closed_at" timestamptz null, "outcome" text null, "handover_due_at" timestamptz null, "handed_over_at" timestamptz null, "refusal_ground_ids" text[] not null default '{}', "submitted_by" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "application_applicant_identifier_index" on "application" ("applicant_identifier");`);
    this.addSql(`create index "application_standard_id_index" on "application" ("standard_id");`);
    this.addSql(`create index "application_agency_submitted_index" on "application" ("agency_id", "submitted_at", "id");`);
    this.addSql(`create index "application_standard_code_submitted_index" on "application" ("standard_code", "submitted_at");`);
    this.addSql(`create index "application_submitted_at_index" on "application" ("submitted_at", "id");`);
    this.addSql(`create index "application_closed_at_index" on "application" ("agency_id", "closed_at");`);
    this.addSql(`create index "application_open_due_index" on "application" ("agency_id", "due_at") where "status" in ('submitted', 'accepted', 'inReview') and "due_at" is not null;`);

    this.addSql(`create table "receipt" ("id" uuid not null, "application_id" uuid not null, "kind" text not null, "agency_id" uuid not null, "number" varchar(50) not null, "issued_at" timestamptz not null, "due_at" timestamptz null, "documents_received" jsonb not null default '[]', "missing_documents" jsonb not null default '[]', "issued_by" varchar(200) not null, primary key ("id"));`);
    this.addSql(`alter table "receipt" add constraint "receipt_application_id_unique" unique ("application_id");`);
    this.addSql(`alter table "receipt" add constraint "receipt_agency_number_unique" unique ("agency_id", "number");`);

    this.addSql(`create table "idempotency_key" ("id" uuid not null, "owner" varchar(200) not null, "key" varchar(200) not null, "request_hash" varchar(64) not null, "application_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "idempotency_key_expires_at_index" on "idempotency_key" ("expires_at");`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_owner_key_unique" unique ("owner", "key");`);

    this.addSql(`create table "complaint" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "application_id" uuid null, "agency_id" uuid not null, "standard_id" uuid null, "standard_code" varchar(100) null, "standard_version" int null, "channel" text null, "level" text not null, "complaint_level_id" uuid null, "complainant" varchar(500) not null, "subject" text not null, "registered_at" timestamptz not null, "review_value" double precision null, "review_unit" text null, "review_rule_source" text not null, "review_due_at" timestamptz null, "resolved_at" timestamptz null, "justified" boolean null, "resolved_on_time" boolean null, "resolution" text null, "registered_by" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "complaint_application_id_index" on "complaint" ("application_id");`);
    this.addSql(`create index "complaint_standard_id_index" on "complaint" ("standard_id");`);
    this.addSql(`create index "complaint_agency_registered_index" on "complaint" ("agency_id", "registered_at");`);
    this.addSql(`create index "complaint_open_due_index" on "complaint" ("agency_id", "review_due_at") where "resolved_at" is null;`);

    this.addSql(`create table "application_event" ("id" bigserial primary key, "application_id" uuid not null, "type" text not null, "from_status" text null, "to_status" text not null, "at" timestamptz not null, "recorded_at" timestamptz not null, "actor" varchar(200) not null, "reason" text null, "data" jsonb null, "request_id" varchar(100) null);`);
    this.addSql(`create index "application_event_application_at_index" on "application_event" ("application_id", "at");`);

    this.addSql(`create table "survey_response" ("id" uuid not null, "created_at" timestamptz not null, "application_id" uuid not null, "agency_id" uuid not null, "standard_code" varchar(100) not null, "standard_version" int not null, "channel" text not null, "answered_at" timestamptz not null, "process" smallint null, "information" smallint null, "complaint_procedure" smallint null, "courtesy" smallint null, "comment" text null, "recorded_by" varchar(200) not null, primary key ("id"));`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_application_id_unique" unique ("application_id");`);
    this.addSql(`create index "survey_response_agency_answered_index" on "survey_response" ("agency_id", "answered_at");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "email" varchar(254) not null, "display_name" varchar(200) not null, "password_hash" text not null, "role" text not null, "agency_id" uuid null, "active" boolean not null default true, "demo" boolean not null default false, "last_login_at" timestamptz null, "password_changed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_role_index" on "app_user" ("role");`);
    this.addSql(`create index "app_user_agency_id_index" on "app_user" ("agency_id");`);

    this.addSql(`create table "app_session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ip" varchar(100) null, "user_agent" varchar(300) null, primary key ("id"));`);
    this.addSql(`alter table "app_session" add constraint "app_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "app_session_user_id_index" on "app_session" ("user_id");`);
    this.addSql(`create index "app_session_expires_at_index" on "app_session" ("expires_at");`);

    this.addSql(`alter table "application" add constraint "application_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete restrict;`);
    this.addSql(`alter table "application" add constraint "application_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`);
    this.addSql(`alter table "application" add constraint "application_status_check" check ("status" in ('submitted', 'accepted', 'notAccepted', 'inReview', 'suspended', 'issued', 'refused', 'deemedIssued', 'handedOver'));`);
    this.addSql(`alter table "application" add constraint "application_intake_check" check ("intake" in ('operator', 'partner'));`);
    this.addSql(`alter table "application" add constraint "application_applicant_kind_check" check ("applicant_kind" in ('individual', 'legalEntity', 'individualEntrepreneur', 'foreignStateBody'));`);
    this.addSql(`alter table "application" add constraint "application_channel_check" check ("channel" in ('office', 'psc', 'elicense', 'egov'));`);
    this.addSql(`alter table "application" add constraint "application_deadline_unit_check" check ("deadline_unit" in ('minutes', 'hours', 'calendarDays', 'workingDays', 'months'));`);
    this.addSql(`alter table "application" add constraint "application_suspended_from_status_check" check ("suspended_from_status" in ('submitted', 'accepted', 'notAccepted', 'inReview', 'suspended', 'issued', 'refused', 'deemedIssued', 'handedOver'));`);
    this.addSql(`alter table "application" add constraint "application_outcome_check" check ("outcome" in ('early', 'onTime', 'late'));`);

    this.addSql(`alter table "receipt" add constraint "receipt_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete cascade;`);
    this.addSql(`alter table "receipt" add constraint "receipt_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`);
    this.addSql(`alter table "receipt" add constraint "receipt_kind_check" check ("kind" in ('acceptance', 'refusalToAccept'));`);

    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete cascade;`);

    this.addSql(`alter table "complaint" add constraint "complaint_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete cascade;`);
    this.addSql(`alter table "complaint" add constraint "complaint_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_complaint_level_id_foreign" foreign key ("complaint_level_id") references "complaint_level" ("id") on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_channel_check" check ("channel" in ('office', 'psc', 'elicense', 'egov'));`);
    this.addSql(`alter table "complaint" add constraint "complaint_level_check" check ("level" in ('providerHead', 'ministry', 'pscHead', 'qualityControlBody', 'court', 'other'));`);
    this.addSql(`alter table "complaint" add constraint "complaint_review_unit_check" check ("review_unit" in ('minutes', 'hours', 'calendarDays', 'workingDays', 'months'));`);
    this.addSql(`alter table "complaint" add constraint "complaint_review_rule_source_check" check ("review_rule_source" in ('standard', 'referencedLaw', 'statute', 'none'));`);

    this.addSql(`alter table "application_event" add constraint "application_event_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete cascade;`);
    this.addSql(`alter table "application_event" add constraint "application_event_type_check" check ("type" in ('submitted', 'accept', 'refuseToAccept', 'startReview', 'suspend', 'resume', 'issue', 'refuse', 'deemIssued', 'handOver'));`);
    this.addSql(`alter table "application_event" add constraint "application_event_from_status_check" check ("from_status" in ('submitted', 'accepted', 'notAccepted', 'inReview', 'suspended', 'issued', 'refused', 'deemedIssued', 'handedOver'));`);
    this.addSql(`alter table "application_event" add constraint "application_event_to_status_check" check ("to_status" in ('submitted', 'accepted', 'notAccepted', 'inReview', 'suspended', 'issued', 'refused', 'deemedIssued', 'handedOver'));`);

    this.addSql(`alter table "survey_response" add constraint "survey_response_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_channel_check" check ("channel" in ('office', 'psc', 'elicense', 'egov'));`);

    this.addSql(`alter table "app_user" add constraint "app_user_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('superadmin', 'ministryAdmin', 'operator', 'analyst'));`);

    this.addSql(`alter table "app_session" add constraint "app_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "receipt" drop constraint "receipt_application_id_foreign";`);
    this.addSql(`alter table "idempotency_key" drop constraint "idempotency_key_application_id_foreign";`);
    this.addSql(`alter table "complaint" drop constraint "complaint_application_id_foreign";`);
    this.addSql(`alter table "application_event" drop constraint "application_event_application_id_foreign";`);
    this.addSql(`alter table "survey_response" drop constraint "survey_response_application_id_foreign";`);
    this.addSql(`alter table "app_session" drop constraint "app_session_user_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop table if exists "registration_counter" cascade;`);
    this.addSql(`drop table if exists "application" cascade;`);
    this.addSql(`drop table if exists "receipt" cascade;`);
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
    this.addSql(`drop table if exists "complaint" cascade;`);
    this.addSql(`drop table if exists "application_event" cascade;`);
    this.addSql(`drop table if exists "survey_response" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "app_session" cascade;`);
  }

}
