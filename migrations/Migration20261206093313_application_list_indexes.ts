import { Migration } from '@mikro-orm/migrations';

export class Migration20261206093313_application_list_indexes extends Migration {

  override name = 'Migration20261206093313_application_list_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "application_submitted_index" on "application" ((submitted_at at time zone 'UTC'), "id");`);
    this.addSql(`create index "application_status_submitted_index" on "application" ("status", (submitted_at at time zone 'UTC'), "id");`);
    // pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database owner may create it.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "application_applicant_name_trgm_index" on "application" using gin ("applicant_name" gin_trgm_ops);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "application_submitted_index";`);
    this.addSql(`drop index "application_status_submitted_index";`);
    this.addSql(`drop index "application_applicant_name_trgm_index";`);
  }

}
