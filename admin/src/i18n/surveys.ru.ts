/** Russian messages of the survey screens (the shape of surveys.en.ts). */
import type { enSurveys } from './surveys.en';

export const ruSurveys: typeof enSurveys = {
  name: 'Ответ на анкету |||| Ответы на анкету',
  page: { create: 'Внести ответы на анкету' },
  empty: 'Ответов на анкету пока не внесено',
  invite: 'Внесите ответы услугополучателя на анкету о качестве оказания услуги.',
  fields: {
    answeredAt: 'Дата ответа',
    answeredFrom: 'Ответ с',
    answeredTo: 'Ответ по',
    applicationId: 'Заявление',
    standardCode: 'Стандарт',
    standardVersion: 'Версия',
    channel: 'Канал',
    agencyId: 'Услугодатель',
    process: 'Процесс оказания услуги',
    information: 'Информация о порядке оказания',
    complaintProcedure: 'Порядок обжалования',
    courtesy: 'Вежливость персонала',
    comment: 'Комментарий',
    recordedBy: 'Внёс',
  },
  score: '%{score} из 5',
  scores: { 1: 'Совсем не удовлетворён', 2: 'Не удовлетворён', 3: 'Затрудняюсь ответить', 4: 'Удовлетворён', 5: 'Полностью удовлетворён' },
  create: {
    application_help: 'Заявление, по которому принято решение (выдано, отказано, считается выданным или не принято); одна анкета на заявление',
    skip_help: 'Оставьте без ответа, если заявитель пропустил вопрос',
    answered_help: 'Если пусто — сейчас',
  },
  notifications: { recorded: 'Ответы на анкету внесены' },
};
