/**
 * More providers for the nested workloads: each of the first `agencies` agencies by code receives
 * `perAgency` copies of shipped standards (new codes, in force since 2025-01-01, open-ended), so
 * the dataset holds current standards whose applications are still open, and the page
 * "10 agencies × 5 standards × 5 applications" is full. Deterministic: same corpus, same copies.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { Agency } from '../modules/agencies/agency.entity.js';
import { ServiceStandard } from '../modules/standards/service-standard.entity.js';
import { loadReferences, readStandardContent, referencedCodes, writeStandardContent } from '../modules/standards/standard-content.js';

export const CLONES_VALID_FROM = '2025-01-01';

export async function cloneStandards(orm: MikroORM, agencies: number, perAgency: number): Promise<number> {
  const em = orm.em.fork();
  const originals = await em.find(ServiceStandard, { status: { $in: ['published', 'repealed'] } } as never, { orderBy: { code: 'asc', versionNumber: 'asc' } });
  const providers = await em.find(Agency, {}, { orderBy: { code: 'asc' }, limit: agencies });
  let made = 0;
  for (const [a, agency] of providers.entries()) {
    for (let k = 0; k < perAgency; k++) {
      const source = originals[(a * perAgency + k) % originals.length];
      const content = {
        ...(await readStandardContent(em, source)),
        code: `${source.code}-b${String(a + 1).padStart(2, '0')}${k + 1}`,
        provider: agency.code, validFrom: CLONES_VALID_FROM, validTo: null, repealedBy: null,
      };
      const codes = referencedCodes(content);
      const copy = em.create(ServiceStandard, { code: content.code, versionNumber: 1, status: 'published', publishedAt: new Date('2024-12-20T00:00:00Z') } as never);
      await writeStandardContent(em, copy, content, await loadReferences(em, codes.agencies, codes.acts));
      await em.flush();
      em.clear();
      made++;
    }
  }
  return made;
}
