/** `text` with its own `%`, `_` and `\` escaped, to be taken literally in a LIKE/ILIKE pattern. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE/ILIKE pattern matching `text` anywhere, with its own `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${likeLiteral(text)}%`;
}

/** A LIKE/ILIKE pattern matching what starts with `text`, taken literally. */
export function startsWithPattern(text: string): string {
  return `${likeLiteral(text)}%`;
}
