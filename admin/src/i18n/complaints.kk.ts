/** Kazakh messages of the complaints screens (the shape of complaints.en.ts). */
import type { enComplaintEnums, enComplaints } from './complaints.en';

export const kkComplaintEnums: { ReviewRuleSource: Record<keyof typeof enComplaintEnums.ReviewRuleSource, string> } = {
  ReviewRuleSource: {
    standard: 'Стандарттағы шағымдану тәртібі',
    referencedLaw: 'Шағымдану тәртібі сілтеме жасаған заң',
    statute: '«Мемлекеттік көрсетілетін қызметтер туралы» Заң',
    none: 'Қарау мерзімі жоқ',
  },
};

export const kkComplaints: typeof enComplaints = {
  name: 'Шағым |||| Шағымдар',
  page: { create: 'Шағымды тіркеу' },
  empty: 'Әзірге тіркелген шағым жоқ',
  invite: 'Шағым түскенде оны тіркеңіз: қарау мерзімі шағым жасалған қызметтің стандартынан шығады.',
  fields: {
    registeredAt: 'Тіркелген уақыты',
    registeredBy: 'Тіркеген',
    complainant: 'Шағым беруші',
    subject: 'Шағымның мәні',
    level: 'Берілген орны',
    agencyId: 'Көрсетілетін қызметті беруші',
    applicationId: 'Өтініш',
    standardId: 'Стандарт нұсқасы',
    standardCode: 'Стандарт',
    channel: 'Арна',
    complaintLevel: { description: 'Шағымдану тәртібі' },
    reviewValue: 'Қарау мерзімі',
    reviewRuleSource: 'Қарау мерзімін белгілеген',
    reviewDueAt: 'Қарау мерзімінің соңы',
    state: 'Жай-күйі',
    resolved: 'Қаралды',
    overdue: 'Мерзімі өткен',
    registeredFrom: 'Тіркелген күні (бастап)',
    registeredTo: 'Тіркелген күні (дейін)',
    resolvedAt: 'Жауап берілген уақыты',
    justified: 'Негізді',
    resolution: 'Жауап',
    resolvedOnTime: 'Мерзімінде жауап берілді',
  },
  states: { open: 'Қаралуда', overdue: 'Мерзімі өтті', resolvedJustified: 'Негізді', resolvedUnjustified: 'Негізсіз' },
  resolve: {
    action: 'Қарау нәтижесін енгізу',
    title: 'Шағымды қарау нәтижесі',
    help: 'Шағым берушіге берілген жауапты енгізіңіз. Мерзімінде берілгені қарау мерзімі бойынша анықталады.',
    justified_yes: 'Негізді',
    justified_no: 'Негізсіз',
    resolved_at_help: 'Бос қалдырсаңыз — қазір',
  },
  create: {
    application_help: 'Шағым жасалған өтініш (қарау мерзімі оның стандарты бойынша анықталады); немесе бос қалдырып, қызмет берушіні таңдаңыз',
    agency_help: 'Шағым жасалған көрсетілетін қызметті беруші',
    standard_help: 'Шағымдану тәртібі қолданылатын стандарт нұсқасы; бос қалдырсаңыз — заңда белгіленген мерзімдер',
    registered_help: 'Бос қалдырсаңыз — қазір',
  },
  notifications: { registered: 'Шағым тіркелді', resolved: 'Шағымды қарау нәтижесі енгізілді' },
};
