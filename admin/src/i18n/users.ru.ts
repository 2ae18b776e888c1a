/** Russian messages of the users screens (the shape of users.en.ts). */
import type { UserMessages } from './users.en';

export const ruUsers: UserMessages = {
  name: 'Пользователь |||| Пользователи |||| Пользователей',
  fields: {
    q: 'Поиск',
    email: 'Электронная почта',
    displayName: 'Имя',
    role: 'Роль',
    agencyId: 'Организация',
    active: 'Активен',
    demo: 'Демо-учётная запись',
    lastLoginAt: 'Последний вход',
    password: 'Пароль',
    version: 'Версия',
    createdAt: 'Создан',
    updatedAt: 'Изменён',
  },
  sections: { identity: 'Пользователь', access: 'Роль и доступ', password: 'Пароль' },
  help: {
    agencyId: 'Администратор министерства работает в этой организации и в подведомственных ей, оператор — только в этой организации',
    active: 'Неактивный пользователь не может войти, его сеансы завершаются',
    password: 'От 10 до 200 символов; передайте его пользователю лично',
    newPassword: 'Оставьте пустым, чтобы сохранить текущий пароль; новый пароль завершает сеансы пользователя',
  },
  roles: { superadmin: 'Суперадминистратор', ministryAdmin: 'Администратор министерства', operator: 'Оператор', analyst: 'Аналитик' },
};
