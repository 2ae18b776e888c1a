import { Migration } from '@mikro-orm/migrations';

/*
 * Quality-indicator counters kept by triggers (hand-added below the generated tables).
 *
 * Each source table contributes (month, standard_code, agency_id, channel, metric, n, d) rows; the
 * statement-level triggers add the contributions of the new rows and subtract those of the old rows
 * (transition tables), grouped, so a multi-row INSERT or COPY of 10,000 applications is one grouped
 * upsert, and an UPDATE that changes nothing an indicator reads writes nothing. Upserts are sorted by
 * key so concurrent transactions lock counter rows in the same order (no deadlocks).
 */
const CONTRIBUTIONS: Record<string, { metrics: string[]; rows: (src: string) => string }> = {
  application: {
    metrics: ['timeliness', 'queueWait', 'serviceTime', 'volume'],
    rows: (src) => `
      select indicator_month(closed_at) as month, standard_code, agency_id, channel, 'timeliness' as metric, (outcome in ('early', 'onTime'))::int as n, 1 as d
        from ${src} where closed_at is not null and outcome is not null
      union all select indicator_month(submitted_at), standard_code, agency_id, channel, 'queueWait', (queue_wait_minutes <= queue_wait_limit_minutes)::int, 1
        from ${src} where queue_wait_minutes is not null and queue_wait_limit_minutes is not null
      union all select indicator_month(submitted_at), standard_code, agency_id, channel, 'serviceTime', (service_minutes <= service_time_limit_minutes)::int, 1
        from ${src} where service_minutes is not null and service_time_limit_minutes is not null
      union all select indicator_month(submitted_at), standard_code, agency_id, channel, 'volume', 1, 1 from ${src}`,
  },
  complaint: {
    metrics: ['complaints.justified', 'complaints.onTime'],
    rows: (src) => `
      select indicator_month(resolved_at) as month, coalesce(standard_code, '') as standard_code, agency_id, coalesce(channel, '') as channel,
          'complaints.justified' as metric, justified::int as n, 1 as d
        from ${src} where resolved_at is not null and justified is not null
      union all select indicator_month(resolved_at), coalesce(standard_code, ''), agency_id, coalesce(channel, ''), 'complaints.onTime', resolved_on_time::int, 1
        from ${src} where resolved_at is not null and resolved_on_time is not null`,
  },
  survey_response: {
    metrics: ['survey.process', 'survey.information', 'survey.complaintProcedure', 'survey.courtesy'],
    rows: (src) => ['process', 'information', 'complaint_procedure', 'courtesy'].map((column, i) => {
      const metric = `survey.${column.replace(/_(\w)/g, (_m: string, c: string) => c.toUpperCase())}`;
      return `${i ? 'union all ' : ''}select indicator_month(answered_at)${i ? '' : ' as month'}, standard_code${i ? '' : ' as standard_code'}, agency_id${i ? '' : ' as agency_id'}, channel${i ? '' : ' as channel'},
          '${metric}'${i ? '' : ' as metric'}, (${column} >= 4)::int${i ? '' : ' as n'}, 1${i ? '' : ' as d'} from ${src} where ${column} is not null`;
    }).join('\n      '),
  },
};

/** Adds the grouped contributions of `plus` and subtracts those of `minus` (transition tables or the table itself). */
function applyDelta(table: string, plus: string | null, minus: string | null): string {
  const { rows } = CONTRIBUTIONS[table];
  const parts = [plus && `select x.*, 1 as s from (${rows(plus)}) x`, minus && `select x.*, -1 as s from (${rows(minus)}) x`].filter(Boolean);
  return `insert into indicator_counter as c (month, standard_code, agency_id, channel, metric, numerator, denominator)
    select month, standard_code, agency_id, channel, metric, sum(n * s), sum(d * s) from (${parts.join(' union all ')}) y
    group by month, standard_code, agency_id, channel, metric
    having sum(n * s) <> 0 or sum(d * s) <> 0
    order by month, standard_code, agency_id, channel, metric
    on conflict (month, standard_code, agency_id, channel, metric)
    do update set numerator = c.numerator + excluded.numerator, denominator = c.denominator + excluded.denominator`;
}

function triggerSql(table: string): string[] {
  const sql: string[] = [];
  for (const [op, plus, minus, referencing] of [
    ['insert', 'new_rows', null, 'new table as new_rows'],
    ['update', 'new_rows', 'old_rows', 'old table as old_rows new table as new_rows'],
    ['delete', null, 'old_rows', 'old table as old_rows'],
  ] as const) {
    sql.push(`create function indicator_${table}_${op}() returns trigger language plpgsql as $$ begin ${applyDelta(table, plus, minus)}; return null; end $$;`);
    sql.push(`create trigger indicator_${table}_${op} after ${op} on "${table}" referencing ${referencing} for each statement execute function indicator_${table}_${op}();`);
  }
  const metrics = CONTRIBUTIONS[table].metrics.map((m) => `'${m}'`).join(', ');
  sql.push(`create function indicator_${table}_truncate() returns trigger language plpgsql as $$ begin delete from indicator_counter where metric in (${metrics}); return null; end $$;`);
  sql.push(`create trigger indicator_${table}_truncate after truncate on "${table}" for each statement execute function indicator_${table}_truncate();`);
  // Counters of the rows that exist already.
  sql.push(`${applyDelta(table, `"${table}"`, null)};`);
  return sql;
}

function dropTriggerSql(table: string): string[] {
  return ['insert', 'update', 'delete', 'truncate'].flatMap((op) => [
    `drop trigger if exists indicator_${table}_${op} on "${table}";`,
    `drop function if exists indicator_${table}_${op}();`,
  ]);
}

export class Migration20261122012300_indicators extends Migration {

  override name = 'Migration20261122012300_indicators';

  override up(): void | Promise<void> {
    this.addSql(`create table "indicator_counter" ("month" date not null, "standard_code" varchar(100) not null, "agency_id" uuid not null, "channel" varchar(20) not null, "metric" varchar(40) not null, "numerator" bigint not null default '0', "denominator" bigint not null default '0', primary key ("month", "standard_code", "agency_id", "channel", "metric"));`);

    this.addSql(`create table "indicator_manual_value" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "standard_code" varchar(100) not null, "indicator_code" varchar(20) not null, "agency_id" uuid null, "year" int not null, "value" double precision not null, "source_note" text not null, "recorded_by" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "indicator_manual_value_standard_code_index" on "indicator_manual_value" ("standard_code");`);

    this.addSql(`create table "indicator_period_close" ("month" date not null, "closed_at" timestamptz not null, "closed_by" varchar(200) not null, primary key ("month"));`);

    this.addSql(`create table "indicator_snapshot" ("month" date not null, "standard_code" varchar(100) not null, "agency_id" uuid not null, "channel" varchar(20) not null, "metric" varchar(40) not null, "numerator" bigint not null default '0', "denominator" bigint not null default '0', primary key ("month", "standard_code", "agency_id", "channel", "metric"));`);

    this.addSql(`create table "indicator_target" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "standard_code" varchar(100) not null, "indicator_code" varchar(20) not null, "year" int not null, "target" double precision not null, "approved_by" varchar(500) not null, "approved_at" date not null, "approver" varchar(300) null, primary key ("id"));`);
    this.addSql(`alter table "indicator_target" add constraint "indicator_target_standard_code_indicator_code_year_unique" unique ("standard_code", "indicator_code", "year");`);

    // The local (Astana) month of an instant: UTC+6 until 2024-03-01 00:00 local, UTC+5 from then.
    this.addSql(`create function indicator_month(t timestamptz) returns date language sql immutable parallel safe as $$
      select date_trunc('month', (t at time zone 'UTC') + case when t < timestamptz '2024-02-29 18:00:00+00' then interval '6 hours' else interval '5 hours' end)::date $$;`);
    for (const table of Object.keys(CONTRIBUTIONS)) for (const sql of triggerSql(table)) this.addSql(sql);
  }

  override down(): void | Promise<void> {
    for (const table of Object.keys(CONTRIBUTIONS)) for (const sql of dropTriggerSql(table)) this.addSql(sql);
    this.addSql(`drop function if exists indicator_month(timestamptz);`);
    this.addSql(`drop table if exists "indicator_counter" cascade;`);
    this.addSql(`drop table if exists "indicator_manual_value" cascade;`);
    this.addSql(`drop table if exists "indicator_period_close" cascade;`);
    this.addSql(`drop table if exists "indicator_snapshot" cascade;`);
    this.addSql(`drop table if exists "indicator_target" cascade;`);
  }

}
