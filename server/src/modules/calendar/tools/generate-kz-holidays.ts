/**
 * Generates data/calendar/kz-holidays.json, the shipped Kazakh production calendar 2012–2027.
 *
 *   npx node server/src/modules/calendar/tools/generate-kz-holidays.ts          # rewrite the file
 *   npx node server/src/modules/calendar/tools/generate-kz-holidays.ts --check  # exit 1 if it differs
 *
 * The file is committed; this script only has to reproduce it byte for byte (a test checks that).
 * It is self-contained (no project imports) so that Node runs it as is, by type stripping.
 *
 * What is rule-based here (the Law «О праздниках в Республике Казахстан» of 13 Dec 2001 No. 267-II):
 *   - the public holidays of each year, as the law stood that year;
 *   - art. 5: a public holiday falling on Saturday or Sunday gives a day off on the next working day
 *     ("postponedHoliday"); the religious days off (Orthodox Christmas, first day of Kurban Ait — Labour
 *     Code) never move.
 * What is data: the Kurban Ait date of each year, and the days transferred by government resolution
 * (from 2024 by order of the Minister of Labour), with the act where known.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const FIRST_YEAR = 2012;
export const LAST_YEAR = 2027;

/** Repository-relative path of the generated file; resolved against this module's location. */
export const OUTPUT_URL = new URL('../../../../../data/calendar/kz-holidays.json', import.meta.url);

type Kind = 'publicHoliday' | 'religiousHoliday' | 'transferredDayOff' | 'transferredWorkingDay' | 'postponedHoliday';
type ActKind = 'constitution' | 'code' | 'law' | 'governmentResolution' | 'ministerialOrder';

interface Name { kk: string; ru: string; en: string }

interface Act {
  kind: ActKind;
  number: string | null;
  date: string | null;
  title: string | null;
  article: string | null;
  /** Document code in the official legal registry (Әділет), where known. */
  registryId: string | null;
}

interface Entry {
  date: string;
  kind: Kind;
  /** Which holiday (stable key) for public/religious/postponed days. */
  holiday?: string;
  /** postponedHoliday: the date of the holiday whose day off this is. */
  observes?: string;
  /** transferredDayOff: the weekend day whose rest moved here. */
  from?: string;
  /** transferredWorkingDay: the weekday that became a day off instead. */
  to?: string;
  name: Name;
  act: Act | null;
}

// ------------------------------------------------------------------------------------------ acts

const LAW_ON_HOLIDAYS: Act = {
  kind: 'law', number: '267-II', date: '2001-12-13',
  title: 'О праздниках в Республике Казахстан', article: null, registryId: 'Z010000267_',
};
const LAW_ON_HOLIDAYS_ART_5: Act = { ...LAW_ON_HOLIDAYS, article: '5' };
const LABOUR_CODE_2007: Act = {
  kind: 'code', number: '251-III', date: '2007-05-15',
  title: 'Трудовой кодекс Республики Казахстан (2007)', article: null, registryId: null,
};
const LABOUR_CODE_2015: Act = {
  kind: 'code', number: '414-V', date: '2015-11-23',
  title: 'Трудовой кодекс Республики Казахстан', article: '84', registryId: null,
};
const CONSTITUTION_2026: Act = {
  kind: 'constitution', number: null, date: '2026-03-15',
  title: 'Конституция Республики Казахстан (принята на республиканском референдуме 15 марта 2026 года)',
  article: null, registryId: null,
};

function resolution(year: number, number: number, extra: Partial<Act> = {}): Act {
  return {
    kind: 'governmentResolution', number: String(number), date: null, title: null, article: null,
    registryId: `P${String(year % 100).padStart(2, '0')}${String(number).padStart(7, '0')}`,
    ...extra,
  };
}

const RES_2021_713 = resolution(2021, 713, { date: '2021-10-06', title: 'О переносе дней отдыха в 2022 году' });
const RES_2022_796 = resolution(2022, 796, {
  title: 'О внесении дополнения в постановление Правительства Республики Казахстан от 6 октября 2021 года № 713',
});
const RES_2019_820 = resolution(2019, 820);
const ORDER_2024_109: Act = {
  kind: 'ministerialOrder', number: '109', date: null, title: null, article: null, registryId: 'G24G0000109',
};
const ORDER_2024_436: Act = {
  kind: 'ministerialOrder', number: '436', date: '2024-11-21', title: 'О переносе дня отдыха в 2025 году',
  article: null, registryId: 'G24G0000436',
};

// -------------------------------------------------------------------------------------- holidays

const NAMES = {
  newYear: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
  orthodoxChristmas: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' },
  womensDay: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" },
  nauryz: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' },
  unityDay: {
    kk: 'Қазақстан халқының бірлігі мерекесі', ru: 'Праздник единства народа Казахстана',
    en: 'Unity Day of the People of Kazakhstan',
  },
  defenderDay: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' },
  victoryDay: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
  capitalDay: { kk: 'Елорда күні', ru: 'День столицы', en: 'Capital Day' },
  constitutionDay: {
    kk: 'Қазақстан Республикасының Конституциясы күні', ru: 'День Конституции Республики Казахстан',
    en: 'Constitution Day',
  },
  republicDay: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
  firstPresidentDay: {
    kk: 'Қазақстан Республикасының Тұңғыш Президенті күні', ru: 'День Первого Президента Республики Казахстан',
    en: "First President's Day",
  },
  independenceDay: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' },
  kurbanAit: { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' },
} satisfies Record<string, Name>;

type HolidayKey = keyof typeof NAMES;

interface PublicHolidayRule {
  key: HolidayKey;
  month: number;
  day: number;
  fromYear?: number;
  toYear?: number;
  act?: Act;
}

/** Public holidays (state and national), as the law stood in each year. */
const PUBLIC_HOLIDAYS: PublicHolidayRule[] = [
  { key: 'newYear', month: 1, day: 1 },
  { key: 'newYear', month: 1, day: 2 },
  { key: 'womensDay', month: 3, day: 8 },
  // New Constitution adopted by the referendum of 15 March 2026: its day of adoption is Constitution Day,
  // celebrated from 2027; 30 August stopped being a holiday in 2026 (see notes).
  { key: 'constitutionDay', month: 3, day: 15, fromYear: 2027, act: CONSTITUTION_2026 },
  { key: 'nauryz', month: 3, day: 21 },
  { key: 'nauryz', month: 3, day: 22 },
  { key: 'nauryz', month: 3, day: 23 },
  { key: 'unityDay', month: 5, day: 1 },
  { key: 'defenderDay', month: 5, day: 7, fromYear: 2013 },
  { key: 'victoryDay', month: 5, day: 9 },
  { key: 'capitalDay', month: 7, day: 6 },
  { key: 'constitutionDay', month: 8, day: 30, toYear: 2025 },
  { key: 'republicDay', month: 10, day: 25, fromYear: 2022 },
  { key: 'firstPresidentDay', month: 12, day: 1, toYear: 2021 },
  { key: 'independenceDay', month: 12, day: 16 },
  { key: 'independenceDay', month: 12, day: 17, toYear: 2021 },
];

/** First day of Kurban Ait as a day off in Kazakhstan (dates set with the Spiritual Administration of Muslims). */
const KURBAN_AIT: Record<number, string> = {
  2012: '2012-10-26',
  2013: '2013-10-15',
  2014: '2014-10-04',
  2015: '2015-09-24',
  2016: '2016-09-12',
  2017: '2017-09-01',
  2018: '2018-08-21',
  2019: '2019-08-11',
  2020: '2020-07-31',
  2021: '2021-07-20',
  2022: '2022-07-09',
  2023: '2023-06-28',
  2024: '2024-06-16',
  2025: '2025-06-06',
  2026: '2026-05-27',
  2027: '2027-05-16',
};

/** Days transferred by act: `dayOff` (a weekday) becomes a day off, `workingDay` (a weekend day) a working day. */
const TRANSFERS: { dayOff: string; workingDay: string; act: Act }[] = [
  { dayOff: '2012-03-09', workingDay: '2012-03-11', act: resolution(2012, 268) },
  { dayOff: '2012-04-30', workingDay: '2012-04-28', act: resolution(2012, 458) },
  { dayOff: '2012-12-31', workingDay: '2012-12-29', act: resolution(2012, 1538) },
  { dayOff: '2013-05-10', workingDay: '2013-05-04', act: resolution(2013, 345) },
  { dayOff: '2013-10-14', workingDay: '2013-10-12', act: resolution(2013, 1068) },
  { dayOff: '2014-01-03', workingDay: '2013-12-28', act: resolution(2013, 1322) },
  { dayOff: '2014-05-02', workingDay: '2014-05-04', act: resolution(2014, 365) },
  { dayOff: '2014-05-08', workingDay: '2014-05-11', act: resolution(2014, 365) },
  { dayOff: '2016-03-07', workingDay: '2016-03-05', act: resolution(2016, 67) },
  { dayOff: '2017-03-20', workingDay: '2017-03-18', act: resolution(2017, 5) },
  { dayOff: '2017-07-07', workingDay: '2017-07-01', act: resolution(2017, 5) },
  { dayOff: '2018-03-09', workingDay: '2018-03-03', act: resolution(2017, 864) },
  { dayOff: '2018-04-30', workingDay: '2018-04-28', act: resolution(2017, 864) },
  { dayOff: '2018-05-08', workingDay: '2018-05-05', act: resolution(2017, 864) },
  { dayOff: '2018-08-31', workingDay: '2018-08-25', act: resolution(2017, 864) },
  { dayOff: '2018-12-31', workingDay: '2018-12-29', act: resolution(2017, 864) },
  { dayOff: '2019-05-10', workingDay: '2019-05-04', act: resolution(2018, 888) },
  { dayOff: '2020-01-03', workingDay: '2020-01-05', act: RES_2019_820 },
  { dayOff: '2020-12-18', workingDay: '2020-12-20', act: RES_2019_820 },
  { dayOff: '2021-07-05', workingDay: '2021-07-03', act: resolution(2020, 930) },
  { dayOff: '2022-03-07', workingDay: '2022-03-05', act: RES_2021_713 },
  { dayOff: '2022-08-29', workingDay: '2022-08-27', act: RES_2021_713 },
  { dayOff: '2022-10-24', workingDay: '2022-10-22', act: RES_2022_796 },
  { dayOff: '2023-07-07', workingDay: '2023-07-01', act: resolution(2023, 326, { date: '2023-04-25', title: 'О переносе дня отдыха в 2023 году' }) },
  { dayOff: '2024-05-08', workingDay: '2024-05-04', act: ORDER_2024_109 },
  { dayOff: '2025-01-03', workingDay: '2025-01-05', act: ORDER_2024_436 },
];

/**
 * A postponed day off that an act moved elsewhere: key = the holiday's date. In 2020 Victory Day fell on
 * Saturday; its day off (by art. 5 on Monday 11 May) was moved by the resolution to Friday 8 May.
 */
const POSTPONEMENT_OVERRIDES: Record<string, { date: string; act: Act }> = {
  '2020-05-09': { date: '2020-05-08', act: RES_2019_820 },
};

const NOTES: Record<string, string> = {
  2012: 'Transfers (9 Mar from Sunday 11 Mar, 30 Apr from 28 Apr, 31 Dec from 29 Dec) and resolutions 268, 458, 1538 taken from the registry codes; resolution dates unknown. Only the April transfer is confirmed by a second source.',
  2013: 'Transfers 10 May (from 4 May), 14 Oct (from 12 Oct) and Saturday 28 Dec 2013 worked for Friday 3 Jan 2014 (resolutions 345, 1068, 1322; dates unknown). Defender of the Fatherland Day (7 May) is a holiday from this year.',
  2014: 'Unsure: the two May transfers make Sundays 4 and 11 May working days (resolution 365, date unknown); known from the registry code only. 3 Jan is a day off for Saturday 28 Dec 2013.',
  2015: 'No transfers by resolution are known for this year (the long Nauryz break of 21–25 Mar comes from postponement alone).',
  2016: 'Transfer 7 Mar from 5 Mar (resolution 67, date unknown); known from the registry code only.',
  2017: 'Transfers 20 Mar (from 18 Mar) and 7 Jul (from 1 Jul), resolution 5, date unknown; known from the registry code only.',
  2019: 'Transfer 10 May from 4 May (resolution 888 of 2018, date unknown); known from the registry code only.',
  2020: 'Victory Day (Saturday 9 May): the resolution moved its postponed day off from Monday 11 May to Friday 8 May, so 11 May is a working day.',
  2022: 'The law changed this year: Republic Day (25 Oct) became a holiday, First President\'s Day (1 Dec) and the second day of Independence Day (17 Dec) stopped being days off. The October transfer was added by resolution 796 to resolution 713 of 6 Oct 2021.',
  2024: 'Kurban Ait was announced for Monday 17 June in the published calendar and moved to Sunday 16 June by the Spiritual Administration of Muslims on 7 June 2024; 17 June stayed a working day. The 8 May transfer act (registry code G24G0000109) is taken to be a ministerial order; its date is unknown. From 1 March 2024 the country uses a single time zone, UTC+5.',
  2025: 'The 3 Jan transfer (from Sunday 5 Jan) is an order of the Minister of Labour and Social Protection, No. 436 of 21 Nov 2024.',
  2026: 'The new Constitution adopted by the referendum of 15 March 2026 (in force 1 July 2026) moved Constitution Day to 15 March; the Ministry of Labour stated that 30 August 2026 is not a holiday, so Monday 31 Aug is a working day (the calendar published in late 2025 still showed it off). Kurban Ait: 27 May per the Spiritual Administration of Muslims (announced with a possible shift of one day). No transfers are known.',
  2027: 'Unsure: Constitution Day on 15 March is included as announced (celebrated from 2027); the amended holidays law was not checked. Kurban Ait 16 May is an astronomical estimate (may shift by a day). No transfers are known yet.',
};

// ------------------------------------------------------------------------------------ generation

const DAY_MS = 86_400_000;
function toDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / DAY_MS;
}
function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
function isWeekend(date: string): boolean {
  const dow = new Date(toDay(date) * DAY_MS).getUTCDay();
  return dow === 0 || dow === 6;
}
function ddmmyyyy(date: string): string {
  return date.split('-').reverse().join('.');
}

function postponedName(name: Name): Name {
  return {
    kk: `${name.kk} (ауыстырылған демалыс күні)`,
    ru: `${name.ru} (перенесённый выходной день)`,
    en: `${name.en} (day off moved from a weekend)`,
  };
}
function dayOffName(from: string): Name {
  return {
    kk: `Демалыс күні (${ddmmyyyy(from)} бастап ауыстырылды)`,
    ru: `Перенесённый день отдыха (с ${ddmmyyyy(from)})`,
    en: `Day off (transferred from ${ddmmyyyy(from)})`,
  };
}
function workingDayName(to: string): Name {
  return {
    kk: `Жұмыс күні (демалыс ${ddmmyyyy(to)} күніне ауыстырылды)`,
    ru: `Рабочий день (день отдыха перенесён на ${ddmmyyyy(to)})`,
    en: `Working day (day off transferred to ${ddmmyyyy(to)})`,
  };
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`generate-kz-holidays: ${message}`);
}

/** Every special day of one year, sorted by date. Transfers that cross years are listed in the year of their date. */
export function buildYear(year: number): Entry[] {
  const entries = new Map<string, Entry>();
  const add = (entry: Entry): void => {
    assert(!entries.has(entry.date), `two entries on ${entry.date}`);
    entries.set(entry.date, entry);
  };

  const publicHolidays: Entry[] = [];
  for (const rule of PUBLIC_HOLIDAYS) {
    if ((rule.fromYear !== undefined && year < rule.fromYear) || (rule.toYear !== undefined && year > rule.toYear)) continue;
    const entry: Entry = {
      date: iso(year, rule.month, rule.day), kind: 'publicHoliday', holiday: rule.key,
      name: NAMES[rule.key], act: rule.act ?? LAW_ON_HOLIDAYS,
    };
    add(entry);
    publicHolidays.push(entry);
  }
  add({
    date: iso(year, 1, 7), kind: 'religiousHoliday', holiday: 'orthodoxChristmas', name: NAMES.orthodoxChristmas,
    act: year >= 2016 ? LABOUR_CODE_2015 : LABOUR_CODE_2007,
  });
  const kurban = KURBAN_AIT[year];
  assert(kurban !== undefined && kurban.startsWith(`${year}-`), `no Kurban Ait date for ${year}`);
  add({
    date: kurban, kind: 'religiousHoliday', holiday: 'kurbanAit', name: NAMES.kurbanAit,
    act: year >= 2016 ? LABOUR_CODE_2015 : LABOUR_CODE_2007,
  });

  // Transfers need to be known before postponing, so that a postponed day never lands on them.
  const transfers = TRANSFERS.filter((t) => t.dayOff.startsWith(`${year}-`) || t.workingDay.startsWith(`${year}-`));
  const transferredOff = new Set(TRANSFERS.map((t) => t.dayOff));
  const transferredWorking = new Set(TRANSFERS.map((t) => t.workingDay));

  // Art. 5: the day off for a public holiday on a weekend is the next working day after it.
  const taken = new Set(entries.keys());
  for (const holiday of publicHolidays.sort((a, b) => a.date.localeCompare(b.date))) {
    if (!isWeekend(holiday.date)) continue;
    let day = toDay(holiday.date) + 1;
    while (isWeekend(fromDay(day)) || taken.has(fromDay(day)) || transferredOff.has(fromDay(day))) day += 1;
    let date = fromDay(day);
    let act = LAW_ON_HOLIDAYS_ART_5;
    const override = POSTPONEMENT_OVERRIDES[holiday.date];
    if (override) ({ date, act } = override);
    assert(!transferredWorking.has(date) && !isWeekend(date), `postponed day ${date} is not a weekday`);
    taken.add(date);
    if (date.startsWith(`${year}-`)) {
      add({
        date, kind: 'postponedHoliday', holiday: holiday.holiday, observes: holiday.date,
        name: postponedName(holiday.name), act,
      });
    }
  }

  for (const t of transfers) {
    assert(!isWeekend(t.dayOff), `transferred day off ${t.dayOff} is not a weekday`);
    assert(isWeekend(t.workingDay), `transferred working day ${t.workingDay} is not a weekend day`);
    if (t.dayOff.startsWith(`${year}-`)) {
      add({ date: t.dayOff, kind: 'transferredDayOff', from: t.workingDay, name: dayOffName(t.workingDay), act: t.act });
    }
    if (t.workingDay.startsWith(`${year}-`)) {
      add({ date: t.workingDay, kind: 'transferredWorkingDay', to: t.dayOff, name: workingDayName(t.dayOff), act: t.act });
    }
  }

  return [...entries.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export interface ShippedCalendarFile {
  description: string;
  country: 'KZ';
  generatedBy: string;
  firstYear: number;
  lastYear: number;
  years: Record<string, Entry[]>;
  notes: Record<string, string>;
}

export function buildCalendarFile(): ShippedCalendarFile {
  const years: Record<string, Entry[]> = {};
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) years[String(year)] = buildYear(year);
  return {
    description:
      'Production (working-day) calendar of the Republic of Kazakhstan: the special days of each year. '
      + 'Any date not listed is a working day from Monday to Friday and a day off on Saturday and Sunday. '
      + 'publicHoliday and religiousHoliday are days off on their date; postponedHoliday is the day off given '
      + 'for a public holiday that fell on a weekend (Law on holidays, art. 5); transferredDayOff and '
      + 'transferredWorkingDay are the two halves of a transfer by government resolution (from 2024 by order '
      + 'of the Minister of Labour). Religious days off do not move. act: the act that set the day, null fields '
      + 'where unknown. Days for a five-day working week.',
    country: 'KZ',
    generatedBy: 'server/src/modules/calendar/tools/generate-kz-holidays.ts',
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    years,
    notes: { ...NOTES },
  };
}

/** The exact text of the shipped file: one special day per line, keys in a fixed order. */
export function renderCalendarFile(file: ShippedCalendarFile = buildCalendarFile()): string {
  const lines: string[] = ['{'];
  lines.push(`  "description": ${JSON.stringify(file.description)},`);
  lines.push(`  "country": ${JSON.stringify(file.country)},`);
  lines.push(`  "generatedBy": ${JSON.stringify(file.generatedBy)},`);
  lines.push(`  "firstYear": ${file.firstYear},`);
  lines.push(`  "lastYear": ${file.lastYear},`);
  lines.push('  "years": {');
  const yearKeys = Object.keys(file.years);
  yearKeys.forEach((year, yi) => {
    lines.push(`    ${JSON.stringify(year)}: [`);
    const days = file.years[year]!;
    days.forEach((entry, i) => {
      const ordered = {
        date: entry.date, kind: entry.kind, holiday: entry.holiday, observes: entry.observes,
        from: entry.from, to: entry.to, name: entry.name, act: entry.act,
      };
      lines.push(`      ${JSON.stringify(ordered)}${i < days.length - 1 ? ',' : ''}`);
    });
    lines.push(`    ]${yi < yearKeys.length - 1 ? ',' : ''}`);
  });
  lines.push('  },');
  lines.push('  "notes": {');
  const noteKeys = Object.keys(file.notes);
  noteKeys.forEach((year, i) => {
    lines.push(`    ${JSON.stringify(year)}: ${JSON.stringify(file.notes[year])}${i < noteKeys.length - 1 ? ',' : ''}`);
  });
  lines.push('  }');
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function main(argv: string[]): void {
  const text = renderCalendarFile();
  const path = fileURLToPath(OUTPUT_URL);
  if (argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(path, 'utf8'); } catch { /* missing file differs */ }
    if (current !== text) {
      process.stderr.write(`${path} is not what the generator produces; run it without --check\n`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(path, text);
  process.stdout.write(`wrote ${path}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
