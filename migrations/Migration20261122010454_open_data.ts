import { Migration } from '@mikro-orm/migrations';

export class Migration20261122010454_open_data extends Migration {

  override name = 'Migration20261122010454_open_data';

  override up(): void | Promise<void> {
    this.addSql(`create table "standard_change" ("id" uuid not null, "at" timestamptz not null, "event" text not null, "code" varchar(255) not null, "standard_id" uuid not null, "version_number" int not null, "previous_version_number" int null, "effective_date" date null, "changes" jsonb not null default '[]', "request_id" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "standard_change_at_index" on "standard_change" ("at");`);
    this.addSql(`create index "standard_change_code_index" on "standard_change" ("code");`);
    this.addSql(`create index "standard_change_standard_id_index" on "standard_change" ("standard_id");`);

    this.addSql(`create table "webhook_subscription" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "url" varchar(2000) not null, "secret" varchar(255) not null, "description" varchar(255) null, "active" boolean not null default true, "owner_api_key_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "webhook_subscription_owner_api_key_id_index" on "webhook_subscription" ("owner_api_key_id");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "subscription_id" uuid not null, "event" varchar(255) not null, "change_id" uuid null, "body" text not null, "status" text not null default 'pending', "attempts" int not null default 0, "last_status_code" int null, "last_error" text null, "next_attempt_at" timestamptz null, "delivered_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_subscription_id_index" on "webhook_delivery" ("subscription_id");`);
    this.addSql(`create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`);

    this.addSql(`alter table "standard_change" add constraint "standard_change_standard_id_foreign" foreign key ("standard_id") references "service_standard" ("id") on delete cascade;`);
    this.addSql(`alter table "standard_change" add constraint "standard_change_event_check" check ("event" in ('published', 'repealed'));`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_subscription_id_foreign" foreign key ("subscription_id") references "webhook_subscription" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_status_check" check ("status" in ('pending', 'sending', 'delivered', 'failed', 'cancelled'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_subscription_id_foreign";`);

    this.addSql(`drop table if exists "standard_change" cascade;`);
    this.addSql(`drop table if exists "webhook_subscription" cascade;`);
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }

}
