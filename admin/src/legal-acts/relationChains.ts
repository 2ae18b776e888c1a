/** The four lists of a legal act's chain: which relations they hold and which end is the other act. */
import type { LegalActRelationKind } from '../generated/graphql';

export interface RelationChain {
  /** The LegalAct field that holds the relations. */
  source: 'amends' | 'repeals' | 'amendedBy' | 'repealedBy';
  kind: LegalActRelationKind;
  /** The relation's field that names the other act. */
  other: 'sourceId' | 'targetId';
}

export const RELATION_CHAINS: readonly RelationChain[] = [
  { source: 'amends', kind: 'amends', other: 'targetId' },
  { source: 'repeals', kind: 'repeals', other: 'targetId' },
  { source: 'amendedBy', kind: 'amends', other: 'sourceId' },
  { source: 'repealedBy', kind: 'repeals', other: 'sourceId' },
];

/** The arguments of addLegalActRelation for a relation between this act and `otherId` in `chain`. */
export function relationArgs(chain: RelationChain, thisId: string, otherId: string) {
  return chain.other === 'targetId'
    ? { kind: chain.kind, sourceId: thisId, targetId: otherId }
    : { kind: chain.kind, sourceId: otherId, targetId: thisId };
}
