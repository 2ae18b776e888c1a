import { Migration } from '@mikro-orm/migrations';

export class Migration20261122015107_application_indexes extends Migration {

  override name = 'Migration20261122015107_application_indexes';

  override up(): void | Promise<void> {
    this.addSql(`drop index "application_submitted_at_index";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index "application_submitted_at_index" on "application" ("submitted_at", "id");`);
  }

}
