/** Deep merge of message trees: later trees override earlier ones key by key. */
type Tree = { [key: string]: unknown };

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

export function mergeMessages<T extends Tree>(base: T, ...overrides: Tree[]): T {
  const result: Tree = { ...base };
  for (const override of overrides) {
    for (const [key, value] of Object.entries(override)) {
      result[key] = isTree(value) && isTree(result[key]) ? mergeMessages(result[key] as Tree, value) : value;
    }
  }
  return result as T;
}

/** The same shape with every leaf optional: react-admin's own messages translated only in part. */
export type PartialMessages<T> = { [K in keyof T]?: T[K] extends string ? string : PartialMessages<T[K]> };
