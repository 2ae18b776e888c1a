/** Russian messages of the complaints screens (the shape of complaints.en.ts). */
import type { enComplaintEnums, enComplaints } from './complaints.en';

export const ruComplaintEnums: { ReviewRuleSource: Record<keyof typeof enComplaintEnums.ReviewRuleSource, string> } = {
  ReviewRuleSource: {
    standard: 'Порядок обжалования по стандарту',
    referencedLaw: 'Закон, на который ссылается порядок обжалования',
    statute: 'Закон «О государственных услугах»',
    none: 'Срок рассмотрения не установлен',
  },
};

export const ruComplaints: typeof enComplaints = {
  name: 'Жалоба |||| Жалобы',
  page: { create: 'Регистрация жалобы' },
  empty: 'Жалоб пока не зарегистрировано',
  invite: 'Зарегистрируйте жалобу при поступлении: срок её рассмотрения следует из стандарта услуги, на которую жалуются.',
  fields: {
    registeredAt: 'Зарегистрирована',
    registeredBy: 'Зарегистрировал',
    complainant: 'Заявитель жалобы',
    subject: 'Суть жалобы',
    level: 'Куда подана',
    agencyId: 'Услугодатель',
    applicationId: 'Заявление',
    standardId: 'Версия стандарта',
    standardCode: 'Стандарт',
    channel: 'Канал',
    complaintLevel: { description: 'Порядок обжалования' },
    reviewValue: 'Срок рассмотрения',
    reviewRuleSource: 'Срок рассмотрения установлен',
    reviewDueAt: 'Рассмотреть до',
    state: 'Состояние',
    resolved: 'Рассмотрена',
    overdue: 'Просрочена',
    registeredFrom: 'Зарегистрирована с',
    registeredTo: 'Зарегистрирована по',
    resolvedAt: 'Дан ответ',
    justified: 'Обоснованна',
    resolution: 'Ответ',
    resolvedOnTime: 'Ответ дан в срок',
  },
  states: { open: 'На рассмотрении', overdue: 'Просрочена', resolvedJustified: 'Обоснованна', resolvedUnjustified: 'Необоснованна' },
  resolve: {
    action: 'Внести результат рассмотрения',
    title: 'Результат рассмотрения жалобы',
    help: 'Внесите ответ, данный заявителю жалобы. Соблюдение срока определяется по сроку рассмотрения.',
    justified_yes: 'Обоснованна',
    justified_no: 'Необоснованна',
    resolved_at_help: 'Если пусто — сейчас',
  },
  create: {
    application_help: 'Заявление, на которое подана жалоба (срок рассмотрения — по его стандарту); или оставьте пустым и выберите услугодателя',
    agency_help: 'Услугодатель, на которого подана жалоба',
    standard_help: 'Версия стандарта, чей порядок обжалования применяется; если пусто — сроки по закону',
    registered_help: 'Если пусто — сейчас',
  },
  notifications: { registered: 'Жалоба зарегистрирована', resolved: 'Результат рассмотрения жалобы внесён' },
};
