/**
 * Labels of the code lists the CPSV-AP export publishes as SKOS concepts, and the EU authority
 * tables it points to. Kazakh and Russian labels are given only for the short, fixed terms whose
 * official wording is settled; the others are in English.
 */
import type { LocalizedText } from '../../common/base.entity.js';

type Labels = Record<string, LocalizedText>;
const en = (text: string): LocalizedText => ({ kk: null, en: text });

export const EU_AUTHORITY = 'http://publications.europa.eu/resource/authority';
export const COUNTRY_KAZ = `${EU_AUTHORITY}/country/KAZ`;
export const CURRENCY_KZT = `${EU_AUTHORITY}/currency/KZT`;
export const FREQUENCY = { weekly: `${EU_AUTHORITY}/frequency/WEEKLY`, daily: `${EU_AUTHORITY}/frequency/DAILY` };
export const LANGUAGES: Record<'kk' | 'ru' | 'en', string> = { kk: `${EU_AUTHORITY}/language/KAZ`, ru: `${EU_AUTHORITY}/language/RUS`, en: `${EU_AUTHORITY}/language/ENG` };

export const CHANNEL_LABELS: Labels = {
  office: { kk: 'Көрсетілетін қызметті берушінің кеңсесі', ru: 'Канцелярия услугодателя', en: 'Office of the service provider' },
  psc: { kk: 'Халыққа қызмет көрсету орталығы (ХҚО)', ru: 'Центр обслуживания населения (ЦОН)', en: 'Public service centre (PSC)' },
  elicense: { kk: '«Е-лицензиялау» веб-порталы', ru: 'Веб-портал «Е-лицензирование»', en: 'E-licensing web portal (elicense.kz)' },
  egov: { kk: '«Электрондық үкімет» веб-порталы', ru: 'Веб-портал «электронного правительства»', en: 'E-government web portal (egov.kz)' },
};

export const RECIPIENT_LABELS: Labels = {
  individual: { kk: 'Жеке тұлға', ru: 'Физическое лицо', en: 'Individual' },
  legalEntity: { kk: 'Заңды тұлға', ru: 'Юридическое лицо', en: 'Legal entity' },
  individualEntrepreneur: { kk: 'Жеке кәсіпкер', ru: 'Индивидуальный предприниматель', en: 'Individual entrepreneur' },
  foreignStateBody: { kk: null, ru: 'Орган иностранного государства', en: 'Body of a foreign state' },
};

export const STATUS_LABELS: Labels = {
  inForce: { kk: 'Қолданыста', ru: 'Действует', en: 'In force' },
  notYetInForce: { kk: null, ru: 'Не вступил в силу', en: 'Not yet in force' },
  repealed: { kk: 'Күші жойылған', ru: 'Утратил силу', en: 'Repealed' },
};

export const MEDIUM_LABELS: Labels = {
  electronic: { kk: 'Электрондық', ru: 'Электронный', en: 'Electronic' },
  paper: { kk: 'Қағаз', ru: 'Бумажный', en: 'Paper' },
};

export const COPY_KIND_LABELS: Labels = {
  original: en('Original'), copy: en('Copy'), originalOrCopy: en('Original or copy'), electronicDocument: en('Electronic document'),
  electronicCopy: en('Electronic copy'), data: en('Data (details entered in the application)'), information: en('Information'),
};

export const DEADLINE_KIND_LABELS: Labels = {
  processing: en('Processing time'), completenessCheck: en('Check of the completeness of the documents'),
  refusalDelivery: en('Hand-over of a reasoned refusal'), deemedIssuedHandover: en('Hand-over after the result is deemed issued'),
  deemedReceived: en('Result deemed received'), applicantFilingWindow: en('Period within which the applicant must apply'),
  maxQueueWait: en('Maximum waiting time in the queue'), maxServiceTime: en('Maximum service time at the counter'),
  complaintReview: en('Review of a complaint'), pscHandover: en('Hand-over of the result to the PSC'),
  pscResultStorage: en('Storage of uncollected results at the PSC'), documentValidity: en('Validity of an input document'), other: en('Other deadline'),
};

export const UNIT_LABELS: Record<string, string> = {
  minutes: 'minutes', hours: 'hours', workingDays: 'working days', calendarDays: 'calendar days', months: 'months', years: 'years',
};

export const COMPARATOR_LABELS: Record<string, string> = {
  notLaterThan: 'not later than', within: 'within', notExceeding: 'not exceeding', atLeast: 'at least', exactly: 'exactly',
};

export const COMPLAINT_LEVEL_LABELS: Labels = {
  providerHead: en('Head of the service provider'), ministry: en('Ministry'), pscHead: en('Head of the public service centre'),
  qualityControlBody: en('Authorised body for the assessment and control of the quality of state services'), court: en('Court'), other: en('Other'),
};

export const CONTACT_PURPOSE_LABELS: Labels = {
  documentAcceptance: en('Acceptance of documents'), complaints: en('Complaints'), complaintExplanation: en('Explanations on complaints'),
  complaintAnswers: en('Answers to complaints'), information: en('Information on the service'), resultPickup: en('Pick-up of the result'),
  improperService: en('Reports of improper service'), other: en('Other'),
};

export const FEE_KIND_LABELS: Labels = {
  free: { kk: 'Тегін', ru: 'Бесплатно', en: 'Free of charge' },
  licenceFee: en('Licence fee (Tax Code)'), stateDuty: en('State duty (Tax Code)'), fixedAmount: en('Fixed amount'),
};

export const RULE_TYPE_LABELS: Labels = {
  standard: { kk: 'Мемлекеттік көрсетілетін қызмет стандарты', ru: 'Стандарт государственной услуги', en: 'Standard of a state service' },
  refusalGround: { kk: 'Бас тарту негізі', ru: 'Основание для отказа', en: 'Ground for refusal' },
};

export const PARTICIPATION_ROLE_LABELS: Labels = {
  developer: en('Developer of the standard'), involved: en('Other agency involved in the service'),
};

export const FORM_KIND_LABELS: Labels = {
  application: en('Application form'), receipt: en('Receipt'), refusalToAcceptReceipt: en('Receipt of refusal to accept documents'),
  informationForm: en('Information form'), other: en('Other form'),
};

export const MCI_LABEL: LocalizedText = {
  kk: 'Айлық есептік көрсеткіш (АЕК)', ru: 'Месячный расчётный показатель (МРП)',
  en: 'Monthly calculation index (MCI): its amount in tenge is set every year by the law on the republican budget',
};
