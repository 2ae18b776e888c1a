/**
 * Messages of the administration screens (production calendar, users, API keys, audit log) in the
 * three languages, merged into each language's messages by index.ts.
 */
import { enApiKeys } from './apiKeys.en';
import { kkApiKeys } from './apiKeys.kk';
import { ruApiKeys } from './apiKeys.ru';
import { enAudit } from './audit.en';
import { kkAudit } from './audit.kk';
import { ruAudit } from './audit.ru';
import { enCalendar } from './calendar.en';
import { kkCalendar } from './calendar.kk';
import { ruCalendar } from './calendar.ru';
import { enUsers } from './users.en';
import { kkUsers } from './users.kk';
import { ruUsers } from './users.ru';

const resources = (calendar: typeof enCalendar, users: typeof enUsers, apiKeys: typeof enApiKeys, audit: typeof enAudit) => ({
  resources: { 'calendar-days': calendar, users, 'api-keys': apiKeys, 'audit-entries': audit },
});

export const administrationMessages = {
  kk: resources(kkCalendar, kkUsers, kkApiKeys, kkAudit),
  ru: resources(ruCalendar, ruUsers, ruApiKeys, ruAudit),
  en: resources(enCalendar, enUsers, enApiKeys, enAudit),
};
