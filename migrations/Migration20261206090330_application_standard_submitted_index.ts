import { Migration } from '@mikro-orm/migrations';

export class Migration20261206090330_application_standard_submitted_index extends Migration {

  override name = 'Migration20261206090330_application_standard_submitted_index';

  override up(): void | Promise<void> {
    this.addSql(`drop index "application_standard_id_index";`);
    this.addSql(`create index "application_standard_submitted_index" on "application" ("standard_id", "submitted_at", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "application_standard_submitted_index";`);
    this.addSql(`create index "application_standard_id_index" on "application" ("standard_id");`);
  }

}
