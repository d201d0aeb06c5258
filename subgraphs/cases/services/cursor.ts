import { BadUserInputError } from "../../../common/errors";

/** The position of a case in the default order (referred_at DESC, id DESC). */
export interface CaseCursor {
  referredAt: Date;
  id: string;
}

/** Opaque to clients: base64url of `[referredAt ISO, id]`. */
export function encodeCaseCursor(cursor: CaseCursor): string {
  return Buffer.from(JSON.stringify([cursor.referredAt.toISOString(), cursor.id]), "utf8").toString("base64url");
}

export function decodeCaseCursor(value: string, field = "after"): CaseCursor {
  const invalid = () => new BadUserInputError("Malformed cursor: pass an endCursor or edge cursor unchanged.", field);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
  const [at, id] = parsed as unknown[];
  if (typeof at !== "string" || typeof id !== "string" || id.length === 0 || id.length > 64) throw invalid();
  const referredAt = new Date(at);
  if (Number.isNaN(referredAt.getTime()) || referredAt.toISOString() !== at) throw invalid();
  const cursor = { referredAt, id };
  // Base64 decoding is lenient: accept only the exact string this server hands out.
  if (encodeCaseCursor(cursor) !== value) throw invalid();
  return cursor;
}
