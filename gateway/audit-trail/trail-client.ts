import type { InternalIdentity, InternalTokenSigner } from "../../common/auth/internal-token";
import { SUBGRAPH_NAMES, type SubgraphName } from "../../common/config";
import { ErrorCode, ServiceUnavailableError } from "../../common/errors";
import { GraphQLError } from "graphql";
import { serviceLogger } from "../../common/logger";
import { tracedCall } from "../telemetry";

const log = serviceLogger("gateway");

export interface TrailRow {
  subgraph: string;
  seq: number;
  recordedAt: string;
  action: string;
  requestId: string;
  operationName: string | null;
  userSub: string;
  userIssuer: string;
  agencyId: string;
  roles: string;
  purpose: string | null;
  purposeCase: string | null;
  purposePerson: string | null;
  entries: string;
  hash: string;
}

export interface TrailFilter {
  subjectId?: string | null;
  agencyId?: string | null;
  userId?: string | null;
  purpose?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface TrailPosition {
  at: string;
  subgraph: string;
  seq: number;
}

const QUERY = `query Trail($filter: AuditRecordFilter!, $first: Int!, $before: AuditRecordPosition) {
  auditRecords(filter: $filter, first: $first, before: $before) {
    subgraph seq recordedAt action requestId operationName userSub userIssuer agencyId roles purpose purposeCase purposePerson entries hash
  }
}`;

/** One subgraph's chain as it verified it (`auditChainReport`). */
export interface ChainReportRow {
  subgraph: string;
  records: number;
  intact: boolean;
  brokenSeq: number | null;
  brokenReason: string | null;
  startedAt: string;
  finishedAt: string;
}

/** A subgraph that could not verify its chain: why, in words for the data protection officer. */
export interface ChainUnavailable {
  subgraph: string;
  unavailable: string;
}

const CHAIN_QUERY = `query AuditChainReport { auditChainReport { subgraph records intact brokenSeq brokenReason startedAt finishedAt } }`;

/** How long a subgraph may take to verify its chain (a long chain on a busy service takes a while). */
export const CHAIN_TIMEOUT_MS = 55_000;

/** Newest first across subgraphs: time, then subgraph name, then sequence. */
export function trailOrder(a: TrailRow, b: TrailRow): number {
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? 1 : -1;
  if (a.subgraph !== b.subgraph) return a.subgraph < b.subgraph ? -1 : 1;
  return b.seq - a.seq;
}

/**
 * Reads the five subgraphs' audit logs for the caller (each checks the caller is a data
 * protection officer again) and merges them into one trail. A subgraph that cannot answer fails
 * the page: an incomplete trail would mislead.
 */
export class TrailClient {
  constructor(
    private readonly subgraphUrls: Record<SubgraphName, string>,
    private readonly signer: InternalTokenSigner,
    private readonly timeoutMs = 5_000,
    private readonly chainTimeoutMs = CHAIN_TIMEOUT_MS,
  ) {}

  async page(identity: InternalIdentity, filter: TrailFilter, first: number, before: TrailPosition | null): Promise<TrailRow[]> {
    const pages = await Promise.all(SUBGRAPH_NAMES.map((name) => this.fetch(name, identity, filter, first, before)));
    return pages.flat().sort(trailOrder).slice(0, first);
  }

  private chainRun: Promise<(ChainReportRow | ChainUnavailable)[]> | null = null;

  /**
   * Every subgraph verifies its own chain, at once; each answers for itself (one that cannot
   * answer is reported so, the others still are). One run at a time in this gateway: a request
   * arriving while one is under way gets that run's answer (the subgraphs do the same).
   */
  chains(identity: InternalIdentity): Promise<(ChainReportRow | ChainUnavailable)[]> {
    if (this.chainRun) return this.chainRun;
    const run = Promise.all(SUBGRAPH_NAMES.map((name) => this.chain(name, identity))).finally(() => {
      this.chainRun = null;
    });
    this.chainRun = run;
    return run;
  }

  private async chain(name: SubgraphName, identity: InternalIdentity): Promise<ChainReportRow | ChainUnavailable> {
    const token = await this.signer.sign(name, identity);
    let body: { data?: { auditChainReport?: ChainReportRow | null } | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": identity.requestId };
      const res = await tracedCall(name, "audit-chain", headers, () =>
        fetch(this.subgraphUrls[name], { method: "POST", headers, body: JSON.stringify({ query: CHAIN_QUERY }), signal: AbortSignal.timeout(this.chainTimeoutMs) }),
      );
      body = (await res.json()) as typeof body;
    } catch (err) {
      const timedOut = err instanceof Error && err.name === "TimeoutError";
      log.error({ subgraph: name, requestId: identity.requestId, err }, "audit chain not verified");
      return { subgraph: name, unavailable: timedOut ? `${name} did not finish verifying within ${this.chainTimeoutMs / 1000} s; try again later.` : `${name} could not be reached.` };
    }
    const error = body.errors?.[0];
    if (error) {
      const code = error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
      // A refusal is the caller's (every subgraph checks the role again); a failure is that subgraph's.
      if (code === ErrorCode.FORBIDDEN || code === ErrorCode.PURPOSE_REQUIRED) throw new GraphQLError(error.message, { extensions: { code } });
      log.error({ subgraph: name, requestId: identity.requestId, error }, "audit chain not verified");
      return { subgraph: name, unavailable: `${name} failed to verify its chain.` };
    }
    const row = body.data?.auditChainReport;
    return row ?? { subgraph: name, unavailable: `${name} answered without a report.` };
  }

  private async fetch(name: SubgraphName, identity: InternalIdentity, filter: TrailFilter, first: number, before: TrailPosition | null): Promise<TrailRow[]> {
    const token = await this.signer.sign(name, identity);
    let body: { data?: { auditRecords?: TrailRow[] | null } | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": identity.requestId };
      const res = await tracedCall(name, "audit-trail", headers, () =>
        fetch(this.subgraphUrls[name], { method: "POST", headers, body: JSON.stringify({ query: QUERY, variables: { filter, first, before } }), signal: AbortSignal.timeout(this.timeoutMs) }),
      );
      body = (await res.json()) as typeof body;
    } catch (err) {
      log.error({ subgraph: name, requestId: identity.requestId, err }, "audit trail unavailable");
      throw new ServiceUnavailableError(`The audit log of ${name} is unavailable; the trail would be incomplete.`);
    }
    const error = body.errors?.[0];
    if (error) {
      const code = error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
      throw new GraphQLError(code === ErrorCode.INTERNAL_SERVER_ERROR ? "Internal server error" : error.message, { extensions: { code } });
    }
    return body.data?.auditRecords ?? [];
  }
}
