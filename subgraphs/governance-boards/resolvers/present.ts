/**
 * For non-null relations that a foreign key guarantees: a missing row is a broken invariant,
 * reported to clients as an internal error (the kit masks the message).
 */
export function present<T>(row: T | null, what: string): T {
  if (row === null) throw new Error(`governance-boards: ${what} is missing`);
  return row;
}
