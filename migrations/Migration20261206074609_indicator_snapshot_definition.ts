import { Migration } from '@mikro-orm/migrations';

export class Migration20261206074609_indicator_snapshot_definition extends Migration {

  override name = 'Migration20261206074609_indicator_snapshot_definition';

  override up(): void | Promise<void> {
    this.addSql(`create table "indicator_snapshot_definition" ("month" date not null, "standard_code" varchar(100) not null, "indicator_code" varchar(20) not null, "standard_version" int not null, "group" varchar(40) not null, "wording" jsonb not null, "unit" varchar(20) not null, "ordinal" int not null, "normative" double precision null, "target" double precision null, "approved_target" double precision null, "approved_by" varchar(500) null, primary key ("month", "standard_code", "indicator_code"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "indicator_snapshot_definition" cascade;`);
  }

}
