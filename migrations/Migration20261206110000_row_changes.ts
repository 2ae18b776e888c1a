import { Migration } from '@mikro-orm/migrations';

/**
 * The row-change feed (server/src/database/row-changes.ts): committed changes to rows that Qyzmet caches
 * in process are announced on the channel qz_row_change as '<table>' or '<table>:<key>'. Row triggers
 * name the key a cache is looked up by (a session's token hash, a user's id, an API key's hash);
 * statement triggers say "something in this table changed" (agency tree, standards in force).
 * Only rarely-written tables: applications, events and counters are never announced.
 */
const KEYED = [['app_session', 'token_hash'], ['app_user', 'id'], ['api_key', 'key_hash']] as const;
const WHOLE = ['agency', 'service_standard'] as const;

export class Migration20261206110000_row_changes extends Migration {

  override name = 'Migration20261206110000_row_changes';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function qz_notify_change() returns trigger language plpgsql as $$
begin
  if TG_LEVEL = 'ROW' then
    perform pg_notify('qz_row_change', TG_TABLE_NAME || ':' || coalesce(to_jsonb(OLD) ->> TG_ARGV[0], ''));
  else
    perform pg_notify('qz_row_change', TG_TABLE_NAME);
  end if;
  return null;
end $$;`);
    for (const [table, key] of KEYED) {
      // Inserts need no announcement: a cache holds only rows it found.
      this.addSql(`create trigger "${table}_row_changes" after update or delete on "${table}" for each row execute function qz_notify_change('${key}');`);
      this.addSql(`create trigger "${table}_row_changes_truncate" after truncate on "${table}" for each statement execute function qz_notify_change();`);
    }
    for (const table of WHOLE) {
      this.addSql(`create trigger "${table}_row_changes" after insert or update or delete or truncate on "${table}" for each statement execute function qz_notify_change();`);
    }
  }

  override down(): void | Promise<void> {
    for (const [table] of KEYED) {
      this.addSql(`drop trigger "${table}_row_changes" on "${table}";`);
      this.addSql(`drop trigger "${table}_row_changes_truncate" on "${table}";`);
    }
    for (const table of WHOLE) this.addSql(`drop trigger "${table}_row_changes" on "${table}";`);
    this.addSql(`drop function qz_notify_change();`);
  }

}
