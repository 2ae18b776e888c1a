import { Migration } from '@mikro-orm/migrations';

export class Migration20261206080219_indicator_snapshot_manual_value extends Migration {

  override name = 'Migration20261206080219_indicator_snapshot_manual_value';

  override up(): void | Promise<void> {
    this.addSql(`create table "indicator_snapshot_manual_value" ("month" date not null, "standard_code" varchar(100) not null, "indicator_code" varchar(20) not null, "agency_id" uuid not null, "value" double precision not null, primary key ("month", "standard_code", "indicator_code", "agency_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "indicator_snapshot_manual_value" cascade;`);
  }

}
