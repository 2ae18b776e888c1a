/**
 * Validates JSON-LD against the official CPSV-AP 3.2.0 SHACL shapes (data/cpsv-ap): JSON-LD → N-Quads
 * (jsonld.js, with the shipped context served from disk instead of over the network) → an RDF/JS
 * dataset (n3) → rdf-validate-shacl.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { CPSV_AP_DIR } from '../../server/src/modules/open-data/open-data.router.js';

const shapes = new Store(new Parser().parse(readFileSync(join(CPSV_AP_DIR, 'cpsv-ap-3.2.0-SHACL.ttl'), 'utf8')));
const context = JSON.parse(readFileSync(join(CPSV_AP_DIR, 'cpsv-ap-3.2.0-context.jsonld'), 'utf8'));

/** Every remote context resolves to the shipped CPSV-AP context; nothing is fetched. */
const documentLoader = async (url: string) => {
  if (!url.endsWith('/open-data/context.jsonld')) throw new Error(`unexpected remote context ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: context };
};

export interface ShaclViolation { focusNode: string; path: string | null; message: string; shape: string | null }

export async function toQuads(document: object): Promise<Store> {
  const nquads = await jsonld.toRDF(document as never, { format: 'application/n-quads', documentLoader: documentLoader as never, safe: true } as never) as unknown as string;
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

export async function validateCpsv(document: object): Promise<{ conforms: boolean; violations: ShaclViolation[]; triples: number }> {
  const data = await toQuads(document);
  const report = await new SHACLValidator(shapes as never).validate(data as never);
  return {
    conforms: report.conforms,
    triples: data.size,
    violations: report.results.map((r) => ({
      focusNode: r.focusNode?.value ?? '', path: r.path?.value ?? null,
      message: r.message.map((m) => m.value).join('; '), shape: r.sourceShape?.value ?? null,
    })),
  };
}
