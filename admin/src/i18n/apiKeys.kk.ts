/** Kazakh messages of the API key screens (the shape of apiKeys.en.ts). */
import type { ApiKeyMessages } from './apiKeys.en';

export const kkApiKeys: ApiKeyMessages = {
  name: 'API кілті |||| API кілттері',
  fields: {
    q: 'Іздеу',
    name: 'Мақсаты',
    partner: 'Серіктес',
    prefix: 'Префиксі',
    scopes: 'Рұқсаттары',
    expiresAt: 'Жарамдылық мерзімі',
    revokedAt: 'Кері қайтарылған уақыты',
    lastUsedAt: 'Соңғы пайдаланылуы',
    active: 'Күйі',
    createdBy: 'Кім құрды',
    createdAt: 'Құрылған уақыты',
  },
  help: {
    name: 'Кілт не үшін қажет, мысалы «eGov mobile, production»',
    partner: 'Кілттің иесі — серіктес, slug түрінде (мысалы, kaspi-gov)',
    expiresAt: 'Ең көбі 3 жыл алға',
  },
  scopes: {
    standards_read: 'Жарияланған стандарттарды оқу',
    applications_submit: 'Өтініштер беру',
    applications_read_own: 'Өз өтініштерін оқу',
  },
  states: { active: 'Белсенді', revoked: 'Кері қайтарылған', expired: 'Мерзімі өткен' },
  revoke: 'Кері қайтарып алу',
  revoke_title: '«%{name}» кілтін кері қайтарып аласыз ба?',
  revoke_content: 'Кілт бірден жұмысын тоқтатады және оны қалпына келтіру мүмкін емес; серіктеске жаңа кілт қажет болады.',
  revoked: 'Кілт кері қайтарылды',
  secret: {
    title: 'Жаңа кілт',
    warning: 'Кілтті қазір көшіріп алып, серіктеске қауіпсіз жолмен беріңіз. Ол тек осы жолы ғана көрсетіледі: Qyzmet оның тек хэшін сақтайды және кілтті қайта көрсете алмайды.',
    copy: 'Көшіру',
    copied: 'Алмасу буферіне көшірілді',
    done: 'Көшіріп алдым',
  },
};
