/**
 * Documents of a standard as the law lists them: one numbered list per sub-service × channel.
 * The edit form works on these groups (`documentGroups`) and saves them flat again (`documents`),
 * where the data provider numbers each list by position.
 */
export interface GroupedDocument {
  subService: string;
  channel: string;
  ordinal?: number | null;
}

export interface DocumentGroup<D> {
  subService: string;
  channel: string;
  documents: D[];
}

export interface GroupOrder {
  /** Sub-service codes in the law's order. */
  subServices?: readonly string[];
  /** Channels in the standard's order. */
  channels?: readonly string[];
}

const rankIn = (order: readonly string[] | undefined, value: string) => {
  const index = order?.indexOf(value) ?? -1;
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
};

/** Groups in the order of `order` (else of first appearance), each list by ordinal. */
export function groupDocuments<D extends GroupedDocument>(documents: readonly D[], order: GroupOrder = {}): DocumentGroup<D>[] {
  const groups = new Map<string, DocumentGroup<D> & { first: number }>();
  documents.forEach((document, index) => {
    const key = `${document.subService}\u0000${document.channel}`;
    let group = groups.get(key);
    if (!group) {
      group = { subService: document.subService, channel: document.channel, documents: [], first: index };
      groups.set(key, group);
    }
    group.documents.push(document);
  });
  return [...groups.values()]
    .sort((a, b) =>
      rankIn(order.subServices, a.subService) - rankIn(order.subServices, b.subService) ||
      rankIn(order.channels, a.channel) - rankIn(order.channels, b.channel) ||
      a.first - b.first)
    .map(({ subService, channel, documents: list }) => ({
      subService,
      channel,
      documents: [...list].sort((a, b) => (a.ordinal ?? 0) - (b.ordinal ?? 0)),
    }));
}

/** Back to one list, each document carrying its group's sub-service and channel, in the groups' order. */
export function flattenDocumentGroups<D extends object>(
  groups: readonly { subService?: string | null; channel?: string | null; documents?: readonly D[] | null }[],
): (D & { subService: string; channel: string })[] {
  return groups.flatMap((group) =>
    (group.documents ?? []).map((document) => ({ ...document, subService: group.subService ?? '', channel: group.channel ?? '' })));
}
