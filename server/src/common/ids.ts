const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a syntactically valid record id; anything else cannot exist and never reaches SQL. */
export function isId(value: string): boolean {
  return UUID.test(value);
}
