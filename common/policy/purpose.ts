import { classOf, type Category } from "./vocabulary";

/**
 * Why personal data is being consulted (DPA 2018 s.62 logs must show the justification). A
 * request states it in the `x-purpose` header: one of these phrases, case-insensitive, optionally
 * followed by `; case=<reference>` (and, for subject access, `; person=<id>`).
 */
export const PURPOSES = [
  "panel preparation",
  "case review",
  "screening",
  "immigration query",
  "safeguarding emergency",
  "subject access",
  "quality assurance",
] as const;
export type PurposeReason = (typeof PURPOSES)[number];

export interface Purpose {
  reason: PurposeReason;
  /** The case the access is for, as its human reference (e.g. `CH-2018-00042`). */
  caseReference?: string;
  /** For subject access: the person whose data is being assembled. */
  personId?: string;
}

export const PURPOSE_HEADER = "x-purpose";
const CASE_REFERENCE = /^(CH|DDP)-\d{4}-\d{5}$/;
const PERSON_ID = /^[A-Za-z0-9-]{1,64}$/;
const MAX_LENGTH = 200;

export type PurposeParse = { purpose: Purpose; problem?: undefined } | { purpose: null; problem: string | null };

/** `null` problem: no header at all. A problem string says what is wrong with the one given. */
export function parsePurpose(header: string | undefined): PurposeParse {
  if (header === undefined || header.trim() === "") return { purpose: null, problem: null };
  if (header.length > MAX_LENGTH) return { purpose: null, problem: `${PURPOSE_HEADER} is longer than ${MAX_LENGTH} characters` };
  const [phrase, ...params] = header.split(";").map((p) => p.trim());
  const reason = PURPOSES.find((p) => p === phrase!.toLowerCase().replace(/\s+/g, " "));
  if (!reason) return { purpose: null, problem: `unknown purpose ${JSON.stringify(phrase)}` };
  const purpose: Purpose = { reason };
  for (const param of params) {
    const eq = param.indexOf("=");
    const key = eq < 0 ? param : param.slice(0, eq).trim().toLowerCase();
    const value = eq < 0 ? "" : param.slice(eq + 1).trim();
    if (key === "case" && CASE_REFERENCE.test(value.toUpperCase()) && purpose.caseReference === undefined) {
      purpose.caseReference = value.toUpperCase();
    } else if (key === "person" && reason === "subject access" && PERSON_ID.test(value) && purpose.personId === undefined) {
      purpose.personId = value;
    } else {
      return { purpose: null, problem: `cannot read ${JSON.stringify(param)}: expected case=<reference>${reason === "subject access" ? " or person=<id>" : ""}` };
    }
  }
  return { purpose };
}

export function formatPurpose(purpose: Purpose): string {
  return [purpose.reason, purpose.caseReference ? `case=${purpose.caseReference}` : "", purpose.personId ? `person=${purpose.personId}` : ""].filter(Boolean).join("; ");
}

/** Categories whose disclosure needs a stated purpose and leaves a record: personal, special, restricted. */
export function isProtected(category: Category): boolean {
  const cls = classOf(category);
  return cls === "personal" || cls === "special" || cls === "restricted";
}

export const PURPOSE_HINT = `state why in the ${PURPOSE_HEADER} header: one of ${PURPOSES.map((p) => `"${p}"`).join(", ")}, optionally followed by "; case=<reference>"`;
