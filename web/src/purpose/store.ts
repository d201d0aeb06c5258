/**
 * Why the user is consulting personal data: one of the platform's purposes, optionally naming a
 * case, sent as `x-purpose` with every request. Kept for this tab (session storage); nothing that
 * reaches personal data is sent until there is one.
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
  /** The case the access is for, e.g. `CH-2018-00042`. */
  caseReference?: string;
}

export const CASE_REFERENCE = /^(CH|DDP)-\d{4}-\d{5}$/;

const KEY = "dovetail.purpose";

interface PurposeState {
  purpose: Purpose | null;
  /** Why the platform refused the last one (PURPOSE_REQUIRED), to show beside the prompt. */
  refusal: string | null;
}

function read(): Purpose | null {
  try {
    const parsed = JSON.parse(window.sessionStorage.getItem(KEY) ?? "null") as Purpose | null;
    return parsed && (PURPOSES as readonly string[]).includes(parsed.reason) ? parsed : null;
  } catch {
    return null;
  }
}

let state: PurposeState = { purpose: read(), refusal: null };
const listeners = new Set<() => void>();

function set(next: PurposeState): void {
  state = next;
  if (next.purpose) window.sessionStorage.setItem(KEY, JSON.stringify(next.purpose));
  else window.sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export const purposeState = (): PurposeState => state;

export function subscribePurpose(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function statePurpose(purpose: Purpose): void {
  set({ purpose, refusal: null });
}

/** The platform answered PURPOSE_REQUIRED: ask again, saying why. */
export function purposeRefused(message: string): void {
  if (state.purpose === null && state.refusal === message) return;
  set({ purpose: null, refusal: message });
}

export function clearPurpose(): void {
  set({ purpose: null, refusal: null });
}

/** The `x-purpose` header's value: `case review; case=CH-2018-00042`. */
export function purposeHeader(purpose: Purpose): string {
  return purpose.caseReference ? `${purpose.reason}; case=${purpose.caseReference}` : purpose.reason;
}

export function describePurpose(purpose: Purpose): string {
  const reason = purpose.reason.charAt(0).toUpperCase() + purpose.reason.slice(1);
  return purpose.caseReference ? `${reason}, case ${purpose.caseReference}` : reason;
}
