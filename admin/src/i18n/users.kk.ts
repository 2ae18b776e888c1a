/** Kazakh messages of the users screens (the shape of users.en.ts). */
import type { UserMessages } from './users.en';

export const kkUsers: UserMessages = {
  name: 'Пайдаланушы |||| Пайдаланушылар',
  fields: {
    q: 'Іздеу',
    email: 'Электрондық пошта',
    displayName: 'Аты-жөні',
    role: 'Рөлі',
    agencyId: 'Ұйым',
    active: 'Белсенді',
    demo: 'Демо тіркелгі',
    lastLoginAt: 'Соңғы кіруі',
    password: 'Құпиясөз',
    version: 'Нұсқасы',
    createdAt: 'Құрылған уақыты',
    updatedAt: 'Өзгертілген уақыты',
  },
  sections: { identity: 'Пайдаланушы', access: 'Рөлі мен қолжетімділігі', password: 'Құпиясөз' },
  help: {
    agencyId: 'Министрлік әкімшісі осы ұйымда және оған бағынысты ұйымдарда, ал оператор тек осы ұйымда жұмыс істейді',
    active: 'Белсенді емес пайдаланушы жүйеге кіре алмайды, оның сеанстары аяқталады',
    password: '10–200 таңба; пайдаланушының өзіне жеке беріңіз',
    newPassword: 'Ағымдағы құпиясөзді сақтау үшін бос қалдырыңыз; жаңа құпиясөз пайдаланушының сеанстарын аяқтайды',
  },
  roles: { superadmin: 'Суперәкімші', ministryAdmin: 'Министрлік әкімшісі', operator: 'Оператор', analyst: 'Талдаушы' },
};
