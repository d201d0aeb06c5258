import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { accessToken, renew, signInAgain } from "../auth/session";
import { purposeHeader, purposeRefused, purposeState } from "../purpose/store";
import { codeOf, RequestFailure, type GraphQLErrorShape } from "./errors";

/**
 * THE ONE TYPED CLIENT: every request the app makes for data goes through `execute`. It sends a
 * generated document by its id only (the sha256 of its entry in the gateway's operation manifest,
 * `clients/generated/persisted-documents.json`), so the app runs where the gateway enforces the
 * safelist; with the bearer token, the stated purpose (`x-purpose`) and a fresh `x-request-id`.
 */

export interface Result<TData> {
  /** Whatever the gateway could answer: fields it refused are null, with an error at their path. */
  data: TData | null;
  errors: readonly GraphQLErrorShape[];
  requestId: string;
}

export interface ExecuteOptions {
  /**
   * The operation reads reference data only (agencies, the SPOC directory): it may run before a
   * purpose is stated. Every other operation needs one and is not sent without it.
   */
  referenceOnly?: boolean;
  /**
   * This operation's own `x-purpose`, sent instead of the stated one (a subject access request
   * names its person: `subject access; person=<id>`); the stated purpose is left as it is.
   */
  purpose?: string;
}

/** A purpose must be stated before this operation may be sent. */
export class PurposeMissing extends Error {
  constructor() {
    super("State why you need this information first.");
    this.name = "PurposeMissing";
  }
}

let graphqlUrl = "/graphql";

export function setGraphQLUrl(url: string): void {
  graphqlUrl = url;
}

/** The id the generated document carries (`sha256:<hex>`). */
function documentId(document: unknown): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== "string") throw new Error("Not a generated document: run npm run codegen");
  return hash;
}

export async function execute<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, options: ExecuteOptions = {}): Promise<Result<TData>> {
  const { purpose: stated } = purposeState();
  const purpose = options.purpose ?? (stated ? purposeHeader(stated) : null);
  if (!purpose && !options.referenceOnly) throw new PurposeMissing();
  const body = JSON.stringify({ documentId: documentId(document), variables });
  let token = await accessToken();
  if (!token) {
    // The session could not be renewed: sign in again (drafts are kept) rather than send a request
    // the gateway can only refuse.
    await signInAgain();
    throw new RequestFailure("Your session has ended. Sign in again: what you typed is kept.", "UNAUTHENTICATED", "none", 401);
  }
  let response = await post(body, token, purpose);
  if (response.status === 401) {
    // The access token expired or was refused: renew once with the refresh token, then retry.
    token = await renew();
    if (token) response = await post(body, token, purpose);
  }
  if (response.status === 401) {
    await signInAgain();
    throw new RequestFailure("Your session has ended. Sign in again: what you typed is kept.", "UNAUTHENTICATED", response.requestId, 401, response.errors);
  }
  const { status, requestId, errors, data } = response;
  const purposeProblem = errors.find((e) => codeOf(e) === "PURPOSE_REQUIRED");
  if (purposeProblem && options.purpose === undefined) purposeRefused(purposeProblem.message);
  if (status !== 200 || (data === undefined && errors.length > 0 && errors.every((e) => e.path === undefined))) {
    const first = errors[0];
    throw new RequestFailure(first?.message ?? failureMessage(status), first ? codeOf(first) : statusCode(status), requestId, status, errors);
  }
  return { data: (data ?? null) as TData | null, errors, requestId };
}

interface Answer {
  status: number;
  requestId: string;
  data: unknown;
  errors: readonly GraphQLErrorShape[];
}

async function post(body: string, token: string | null, purpose: string | null): Promise<Answer> {
  const requestId = crypto.randomUUID();
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
    "x-request-id": requestId,
  };
  if (token) headers.authorization = `Bearer ${token}`;
  if (purpose) headers["x-purpose"] = purpose;
  let res: Response;
  try {
    res = await fetch(graphqlUrl, { method: "POST", headers, body, credentials: "same-origin" });
  } catch {
    throw new RequestFailure("The platform could not be reached. Check your connection and try again.", "NETWORK_ERROR", requestId, 0);
  }
  const answeredId = res.headers.get("x-request-id") ?? requestId;
  let parsed: { data?: unknown; errors?: GraphQLErrorShape[] };
  try {
    parsed = (await res.json()) as typeof parsed;
  } catch {
    throw new RequestFailure(failureMessage(res.status), statusCode(res.status), answeredId, res.status);
  }
  return { status: res.status, requestId: answeredId, data: parsed.data, errors: parsed.errors ?? [] };
}

function statusCode(status: number): string {
  if (status === 401) return "UNAUTHENTICATED";
  if (status === 429) return "RATE_LIMITED";
  if (status === 503) return "SERVICE_UNAVAILABLE";
  return status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST";
}

function failureMessage(status: number): string {
  if (status === 503) return "The platform is not available at the moment. Try again shortly.";
  if (status === 429) return "Too many requests. Wait a moment, then try again.";
  return `The platform answered with an error (HTTP ${status}).`;
}
