/** Per-request loaders of complaints. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../common/loader-factories.js';
import { Complaint } from './complaint.entity.js';

export function createComplaintLoaders(em: EntityManager) {
  return {
    complaint: byIdLoader(em, Complaint),
    complaintsByApplication: childrenLoader(em, Complaint, 'application', { registeredAt: 'asc', id: 'asc' }),
  };
}
