/** English messages of the API key screens (`resources.api-keys`); apiKeys.kk.ts and apiKeys.ru.ts have this shape. */
export const enApiKeys = {
  name: 'API key |||| API keys',
  fields: {
    q: 'Search',
    name: 'Purpose',
    partner: 'Partner',
    prefix: 'Prefix',
    scopes: 'Permissions',
    expiresAt: 'Expires',
    revokedAt: 'Revoked',
    lastUsedAt: 'Last used',
    active: 'State',
    createdBy: 'Created by',
    createdAt: 'Created',
  },
  help: {
    name: 'What the key is for, e.g. "eGov mobile, production"',
    partner: 'The partner that owns the key, as a slug (e.g. kaspi-gov)',
    expiresAt: 'At most 3 years ahead',
  },
  scopes: {
    standards_read: 'Read published standards',
    applications_submit: 'Submit applications',
    applications_read_own: 'Read its own applications',
  },
  states: { active: 'Active', revoked: 'Revoked', expired: 'Expired' },
  revoke: 'Revoke',
  revoke_title: 'Revoke the key "%{name}"?',
  revoke_content: 'The key stops working at once and cannot be restored; the partner will need a new key.',
  revoked: 'Key revoked',
  secret: {
    title: 'The new key',
    warning: 'Copy the key now and hand it to the partner safely. It is shown only this once: Qyzmet keeps only a fingerprint of it and cannot show it again.',
    copy: 'Copy',
    copied: 'Copied to the clipboard',
    done: 'I have copied it',
  },
};

export type ApiKeyMessages = typeof enApiKeys;
