import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type DocumentNode } from "graphql";

/**
 * A small typed client for integrators: plain `fetch`, the token and purpose set once, typed
 * variables and results from the documents `npm run codegen` generates, and errors surfaced
 * with their stable codes.
 *
 *   const client = new DovetailClient({ url, token, purpose: "panel preparation" });
 *   const { cases } = await client.request(MyCaseloadByStageDocument, { stage: "PANEL" });
 *
 * Generated documents carry the hash of their entry in the operation manifest: the client sends
 * only that hash (the gateway knows the operation, and in production runs nothing else), and
 * falls back to the full text if a gateway does not know it.
 */

export interface DovetailClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** A bearer token from your identity provider (or `npm run token` in development). */
  token: string;
  /** The `x-purpose` sent with every request, e.g. `case review`; personal data needs one. */
  purpose?: string;
  /** Extra headers (a request id, ...). */
  headers?: Record<string, string>;
  /** Another fetch (tests, proxies). */
  fetch?: typeof fetch;
  /** Give up after this many milliseconds (default 30 s). */
  timeoutMs?: number;
}

export interface DovetailGraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/**
 * The request failed, or the answer carries errors. `code` is the first error's
 * `extensions.code` (`FORBIDDEN`, `BAD_USER_INPUT`, `UNAUTHENTICATED`, ...); `data` is whatever
 * part of the answer the gateway could give (fields refused by the sharing policy are null).
 */
export class DovetailClientError<TData = unknown> extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly errors: readonly DovetailGraphQLError[],
    readonly data: TData | null,
  ) {
    super(message);
    this.name = "DovetailClientError";
  }
}

interface Body<T> {
  data?: T | null;
  errors?: DovetailGraphQLError[];
}

type Variables<V> = V extends Record<string, never> ? V | undefined : V;

/** The hash of a generated document's manifest entry (`sha256:<hex>`), if it has one. */
export function documentHash(document: DocumentNode): string | null {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === "string" ? meta.hash.replace(/^sha256:/, "") : null;
}

export class DovetailClient {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: DovetailClientOptions) {
    this.fetch = options.fetch ?? fetch;
  }

  /** Runs an operation and returns its data; throws a DovetailClientError on any error. */
  async request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: Variables<TVariables>): Promise<TResult> {
    const { body, status } = await this.send<TResult>(document, variables);
    if (body.errors && body.errors.length > 0) {
      const first = body.errors[0]!;
      const code = first.extensions?.code ?? "INTERNAL_SERVER_ERROR";
      const more = body.errors.length > 1 ? ` (and ${body.errors.length - 1} more)` : "";
      throw new DovetailClientError<TResult>(`${code}: ${first.message}${more}`, code, status, body.errors, body.data ?? null);
    }
    if (!body.data) throw new DovetailClientError<TResult>(`The gateway answered ${status} without data`, "NO_DATA", status, [], null);
    return body.data;
  }

  private async send<T>(document: DocumentNode, variables: unknown): Promise<{ body: Body<T>; status: number }> {
    const hash = documentHash(document);
    const operationName = operationNameOf(document);
    if (hash) {
      const byId = await this.post<T>({ operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
      // A gateway without the manifest answers PERSISTED_QUERY_NOT_FOUND: send the text instead.
      if (!byId.body.errors?.some((e) => e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) return byId;
    }
    return this.post<T>({ query: print(document), operationName, variables });
  }

  private async post<T>(payload: Record<string, unknown>): Promise<{ body: Body<T>; status: number }> {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      authorization: `Bearer ${this.options.token}`,
      ...(this.options.purpose ? { "x-purpose": this.options.purpose } : {}),
      ...this.options.headers,
    };
    let res: Response;
    try {
      res = await this.fetch(this.options.url, {
        method: "POST",
        headers,
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (err) {
      throw new DovetailClientError(`Cannot reach ${this.options.url}: ${(err as Error).message}`, "NETWORK_ERROR", 0, [], null);
    }
    const text = await res.text();
    try {
      return { body: JSON.parse(text) as Body<T>, status: res.status };
    } catch {
      throw new DovetailClientError(`The gateway answered ${res.status} with no GraphQL body`, "BAD_RESPONSE", res.status, [], null);
    }
  }
}

function operationNameOf(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === "OperationDefinition") return definition.name?.value;
  }
  return undefined;
}
