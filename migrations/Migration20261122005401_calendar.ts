import { Migration } from '@mikro-orm/migrations';

export class Migration20261122005401_calendar extends Migration {

  override name = 'Migration20261122005401_calendar';

  override up(): void | Promise<void> {
    this.addSql(`create table "calendar_day" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "date" date not null, "kind" text not null, "holiday" varchar(255) null, "name" jsonb not null, "act" jsonb null, "observes" date null, "from_date" date null, "to_date" date null, "note" text null, primary key ("id"));`);
    this.addSql(`alter table "calendar_day" add constraint "calendar_day_date_unique" unique ("date");`);

    this.addSql(`create table "calendar_revision" ("id" int not null, "revision" int not null, "updated_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`alter table "calendar_day" add constraint "calendar_day_kind_check" check ("kind" in ('publicHoliday', 'religiousHoliday', 'transferredDayOff', 'transferredWorkingDay', 'postponedHoliday'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "calendar_day" cascade;`);
    this.addSql(`drop table if exists "calendar_revision" cascade;`);
  }

}
