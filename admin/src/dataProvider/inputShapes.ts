/**
 * Where a part as the server returns it (and the form edits it) and the input that writes it back
 * differ in more than dropped read-only fields. Keyed by GraphQL input type, applied by
 * variables.ts; everything else maps by field name.
 *
 *  - a list whose input has a required `ordinal` is numbered by position, so the order the user
 *    gives the rows (moving them up and down) is the order saved; documents are numbered within
 *    their sub-service × channel list, as in the law;
 *  - DocumentRequirement reads `formCode`, DocumentRequirementInput writes `form`;
 *  - ComplaintLevel reads `reviewValue`, `reviewUnit`, `reviewCountsFrom`, `reviewLegalBasisId`,
 *    ComplaintLevelInput writes them as one `reviewDeadline` object (null when none is given).
 */
type Data = Record<string, unknown>;

const byPosition = (items: Data[]): Data[] => items.map((item, index) => ({ ...item, ordinal: index + 1 }));

const byPositionWithin = (group: (item: Data) => string) => (items: Data[]): Data[] => {
  const counters = new Map<string, number>();
  return items.map((item) => {
    const key = group(item);
    const ordinal = (counters.get(key) ?? 0) + 1;
    counters.set(key, ordinal);
    return { ...item, ordinal };
  });
};

/** Adapts one item, before its fields are matched to the input's. */
export const itemAdapters: Readonly<Record<string, (item: Data) => Data>> = {
  DocumentRequirementInput: (item) => ('form' in item ? item : { ...item, form: item.formCode }),
  ComplaintLevelInput: (item) => {
    if ('reviewDeadline' in item) return item;
    const reviewDeadline = {
      value: item.reviewValue ?? null,
      unit: item.reviewUnit ?? null,
      countsFrom: item.reviewCountsFrom ?? null,
      legalBasisId: item.reviewLegalBasisId ?? null,
    };
    return { ...item, reviewDeadline };
  },
};

/** Adapts a whole list, after its items are converted and blank ones dropped. */
export const listAdapters: Readonly<Record<string, (items: Data[]) => Data[]>> = {
  RefusalGroundInput: byPosition,
  ComplaintLevelInput: byPosition,
  FormFieldInput: byPosition,
  DocumentRequirementInput: byPositionWithin((item) => `${String(item.subService)}\u0000${String(item.channel)}`),
};
