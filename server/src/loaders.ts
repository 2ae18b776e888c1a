/** The dataloaders of one request. Created lazily-cheap: DataLoader does nothing until used. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from './common/loader-factories.js';
import { Agency } from './modules/agencies/agency.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    agency: byIdLoader(em, Agency),
    agencyChildren: childrenLoader(em, Agency, 'parent', { code: 'asc' }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
