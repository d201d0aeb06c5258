import type { Fetcher, FetcherRequestInit, FetcherResponse } from "@apollo/utils.fetcher";
import { ErrorCode } from "../common/errors";

const CONNECTION_FAILURES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ECONNABORTED", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT"]);

/** A subgraph call that failed: the message names the subgraph only (never its URL or body). */
export class SubgraphCallError extends Error {
  readonly extensions: { code: string };

  constructor(message: string) {
    super(message);
    this.extensions = { code: ErrorCode.SERVICE_UNAVAILABLE };
  }
}

function causeCode(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === "string" ? cause.code : undefined;
}

function isMutation(init: FetcherRequestInit | undefined): boolean {
  const body = typeof init?.body === "string" ? init.body : init?.body?.toString("utf8");
  if (!body) return false;
  try {
    const query = (JSON.parse(body) as { query?: unknown }).query;
    return typeof query === "string" && /^\s*mutation\b/.test(query);
  } catch {
    return true;
  }
}

/**
 * How the gateway calls a subgraph: Node's fetch (keep-alive), a deadline on the whole answer,
 * and one retry of a query (never a mutation) when the connection itself failed: a restarted
 * subgraph or a closed keep-alive socket. A hung or dead subgraph then costs at most the
 * deadline, and the gateway answers with what the other subgraphs gave.
 */
export function subgraphFetcher(subgraph: string, timeoutMs: number): Fetcher {
  return async (url, init) => {
    const retryable = !isMutation(init);
    for (let attempt = 0; ; attempt++) {
      try {
        return (await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) } as RequestInit)) as unknown as FetcherResponse;
      } catch (err) {
        const name = (err as Error).name;
        if (name === "TimeoutError" || name === "AbortError") throw new SubgraphCallError(`The ${subgraph} service did not answer within ${timeoutMs} ms.`);
        const code = causeCode(err);
        if (attempt === 0 && retryable && code !== undefined && CONNECTION_FAILURES.has(code)) continue;
        throw new SubgraphCallError(`The ${subgraph} service is unavailable.`);
      }
    }
  };
}
