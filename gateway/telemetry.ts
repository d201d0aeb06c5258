import { ErrorCode } from "../common/errors";
import { RequestRefusedError } from "../common/http";
import { codeLabel, gatewayMetrics } from "../common/telemetry/metrics";
import { inClientSpan, inSpan } from "../common/telemetry/tracing";
import type { PartnerIdentity, PartnerTokenVerifier } from "../common/auth/partner-token";
import type { SubgraphAnswer } from "./subgraph-client";

/**
 * The gateway's measurements around its own work: each subgraph fetch of a plan, the partner
 * token check and the refusals made before anything runs. Metrics always (a counter or two per
 * call); spans only when tracing is on.
 */

/** Why a subgraph fetch failed, from a fixed set. */
function fetchFailure(err: unknown): string {
  const message = err instanceof Error ? err.message : "";
  return /did not answer within/.test(message) ? "timeout" : "unavailable";
}

/**
 * One fetch of a query plan: a client span (its `traceparent` added to `headers`), the fetch's
 * duration by subgraph and outcome, and its failures by reason (timeout, unavailable, HTTP status).
 */
export async function observeSubgraphFetch(subgraph: string, operationName: string | undefined, headers: Record<string, string>, call: () => Promise<SubgraphAnswer>): Promise<SubgraphAnswer> {
  const metrics = gatewayMetrics();
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  try {
    const answer = await inClientSpan("gateway", `fetch ${subgraph}`, { "dovetail.subgraph": subgraph, ...(operationName ? { "graphql.operation.name": operationName } : {}) }, headers, async (span) => {
      const result = await call();
      span?.setAttribute("http.response.status_code", result.status);
      return result;
    });
    const ok = answer.status >= 200 && answer.status <= 299;
    metrics.subgraphFetchDuration.observe({ subgraph, outcome: ok ? "ok" : "error" }, seconds());
    if (!ok) metrics.subgraphFetchErrors.inc({ subgraph, reason: /^\d{3}$/.test(String(answer.status)) ? `http_${answer.status}` : "http_other" });
    return answer;
  } catch (err) {
    metrics.subgraphFetchDuration.observe({ subgraph, outcome: "error" }, seconds());
    metrics.subgraphFetchErrors.inc({ subgraph, reason: fetchFailure(err) });
    throw err;
  }
}

/** A call from the gateway to a subgraph outside a plan (the trail's fan-out, access profiles). */
export function tracedCall<T>(subgraph: string, what: string, headers: Record<string, string>, call: () => Promise<T>): Promise<T> {
  return inClientSpan("gateway", `${what} ${subgraph}`, { "dovetail.subgraph": subgraph }, headers, () => call());
}

export type TokenFailureReason =
  | "missing"
  | "malformed"
  | "algorithm"
  | "untrusted_issuer"
  | "expired"
  | "not_yet_valid"
  | "audience"
  | "signature"
  | "claims"
  | "unregistered_agency"
  | "other";

/** The reason for a refused partner token, from the verifier's message (a fixed set). */
export function tokenFailureReason(err: unknown): TokenFailureReason {
  const message = err instanceof Error ? err.message : "";
  if (/^malformed token|Invalid Compact JWS/.test(message)) return "malformed";
  if (/algorithm .* not allowed|"alg"/.test(message)) return "algorithm";
  if (/untrusted issuer|"iss"/.test(message)) return "untrusted_issuer";
  if (/"exp" claim timestamp check failed/.test(message)) return "expired";
  if (/"(nbf|iat)" claim timestamp check failed/.test(message)) return "not_yet_valid";
  if (/"aud"/.test(message)) return "audience";
  if (/signature verification failed/.test(message)) return "signature";
  if (/claim|sub must be|no known role/.test(message)) return "claims";
  return "other";
}

export function countTokenFailure(reason: TokenFailureReason): void {
  gatewayMetrics().partnerTokenFailures.inc({ reason });
}

/** The partner token check, as a span (outcome and reason only: never the token or its claims). */
export function checkPartnerToken(verifier: PartnerTokenVerifier, token: string): Promise<PartnerIdentity> {
  return inSpan("gateway", "partner-token check", {}, async (span) => {
    try {
      const identity = await verifier.verify(token);
      span?.setAttribute("dovetail.token.outcome", "verified");
      return identity;
    } catch (err) {
      const reason = tokenFailureReason(err);
      countTokenFailure(reason);
      span?.setAttribute("dovetail.token.outcome", "refused");
      span?.setAttribute("dovetail.token.failure_reason", reason);
      throw err;
    }
  });
}

/** Counts a refusal made before execution: the address or identity rate limits, the safelist. */
export function countRefusal(err: unknown, scope: "address" | "identity"): void {
  if (!(err instanceof RequestRefusedError)) return;
  const metrics = gatewayMetrics();
  if (err.code === ErrorCode.RATE_LIMITED) metrics.rateLimitRefusals.inc({ scope });
  else if (err.code === ErrorCode.OPERATION_NOT_SAFELISTED || err.code === "PERSISTED_QUERY_NOT_FOUND") metrics.safelistRefusals.inc({ code: codeLabel(err.code) });
}
