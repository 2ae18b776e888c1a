/** Russian messages of the API key screens (the shape of apiKeys.en.ts). */
import type { ApiKeyMessages } from './apiKeys.en';

export const ruApiKeys: ApiKeyMessages = {
  name: 'API-ключ |||| API-ключи |||| API-ключей',
  fields: {
    q: 'Поиск',
    name: 'Назначение',
    partner: 'Партнёр',
    prefix: 'Префикс',
    scopes: 'Права',
    expiresAt: 'Действует до',
    revokedAt: 'Отозван',
    lastUsedAt: 'Последнее использование',
    active: 'Состояние',
    createdBy: 'Кем создан',
    createdAt: 'Создан',
  },
  help: {
    name: 'Для чего ключ, например «eGov mobile, production»',
    partner: 'Партнёр — владелец ключа, в виде slug (например, kaspi-gov)',
    expiresAt: 'Не более чем на 3 года вперёд',
  },
  scopes: {
    standards_read: 'Чтение опубликованных стандартов',
    applications_submit: 'Подача заявлений',
    applications_read_own: 'Чтение своих заявлений',
  },
  states: { active: 'Действует', revoked: 'Отозван', expired: 'Истёк' },
  revoke: 'Отозвать',
  revoke_title: 'Отозвать ключ «%{name}»?',
  revoke_content: 'Ключ сразу перестанет работать, восстановить его нельзя; партнёру понадобится новый ключ.',
  revoked: 'Ключ отозван',
  secret: {
    title: 'Новый ключ',
    warning: 'Скопируйте ключ сейчас и безопасно передайте партнёру. Он показывается только один раз: Qyzmet хранит лишь его хеш и не сможет показать ключ снова.',
    copy: 'Копировать',
    copied: 'Скопировано в буфер обмена',
    done: 'Я скопировал ключ',
  },
};
