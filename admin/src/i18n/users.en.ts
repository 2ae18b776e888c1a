/** English messages of the users screens (`resources.users`); users.kk.ts and users.ru.ts have this shape. */
export const enUsers = {
  name: 'User |||| Users',
  fields: {
    q: 'Search',
    email: 'E-mail',
    displayName: 'Name',
    role: 'Role',
    agencyId: 'Agency',
    active: 'Active',
    demo: 'Demo account',
    lastLoginAt: 'Last sign-in',
    password: 'Password',
    version: 'Version',
    createdAt: 'Created',
    updatedAt: 'Changed',
  },
  sections: { identity: 'The person', access: 'Role and access', password: 'Password' },
  help: {
    agencyId: 'A ministry administrator works within this agency and those below it; an operator within this agency only',
    active: 'An inactive user cannot sign in, and their sessions end',
    password: '10 to 200 characters; hand it to the user in person',
    newPassword: 'Leave empty to keep the current password; a new one ends the user\'s sessions',
  },
  roles: { superadmin: 'Superadministrator', ministryAdmin: 'Ministry administrator', operator: 'Operator', analyst: 'Analyst' },
};

export type UserMessages = typeof enUsers;
