/** Kazakh messages of the survey screens (the shape of surveys.en.ts). */
import type { enSurveys } from './surveys.en';

export const kkSurveys: typeof enSurveys = {
  name: 'Сауалнама жауабы |||| Сауалнама жауаптары',
  page: { create: 'Сауалнама жауаптарын енгізу' },
  empty: 'Әзірге енгізілген сауалнама жауабы жоқ',
  invite: 'Қызмет көрсету сапасы туралы сауалнамаға көрсетілетін қызметті алушының берген жауаптарын енгізіңіз.',
  fields: {
    answeredAt: 'Жауап берілген уақыты',
    answeredFrom: 'Жауап берілген күні (бастап)',
    answeredTo: 'Жауап берілген күні (дейін)',
    applicationId: 'Өтініш',
    standardCode: 'Стандарт',
    standardVersion: 'Нұсқасы',
    channel: 'Арна',
    agencyId: 'Көрсетілетін қызметті беруші',
    process: 'Қызмет көрсету үдерісі',
    information: 'Қызмет көрсету тәртібі туралы ақпарат',
    complaintProcedure: 'Шағымдану тәртібі',
    courtesy: 'Қызметкерлердің сыпайылығы',
    comment: 'Пікір',
    recordedBy: 'Енгізген',
  },
  score: '5 балдың %{score}',
  scores: { 1: 'Мүлдем қанағаттанбаймын', 2: 'Қанағаттанбаймын', 3: 'Бейтараппын', 4: 'Қанағаттанамын', 5: 'Толық қанағаттанамын' },
  create: {
    application_help: 'Шешім шығарылған өтініш (берілген, бас тартылған, берілді деп есептелген немесе қабылданбаған); бір өтінішке бір сауалнама',
    skip_help: 'Өтініш беруші бұл сұраққа жауап бермесе, бос қалдырыңыз',
    answered_help: 'Бос қалдырсаңыз — қазір',
  },
  notifications: { recorded: 'Сауалнама жауаптары енгізілді' },
};
