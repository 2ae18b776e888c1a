/** Shared validation rules. */
export const CODE_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** Escapes LIKE wildcards so user text is matched literally. */
export function likePattern(text: string): string {
  return '%' + text.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}
