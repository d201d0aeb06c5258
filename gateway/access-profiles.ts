import type { InternalTokenSigner } from "../common/auth/internal-token";
import type { AgreementGrant } from "../common/auth/principal";
import { AgencyKind, Region } from "../common/domain";
import { ServiceUnavailableError } from "../common/errors";
import { CATEGORIES, type Category } from "../common/policy/vocabulary";
import { serviceLogger } from "../common/logger";
import { tracedCall } from "./telemetry";

const log = serviceLogger("gateway");

/** What the policy needs to know about a caller's agency beyond their token. */
export interface AccessProfile {
  agencyId: string;
  kind: AgencyKind;
  region: Region;
  grants: AgreementGrant[];
  /** Cases the agency's quality-assurance reviews sampled, within their windows (today). */
  qaCaseIds: string[];
}

export interface AccessProfileSource {
  /** `null` when no such agency is registered. */
  get(agencyId: string, requestId: string): Promise<AccessProfile | null>;
}

const QA_QUERY = "query QualityAssuranceAccess($agencyId: ID!, $on: LocalDate!) { qualityAssuranceAccess(agencyId: $agencyId, on: $on) }";
const QUERY = "query AccessProfile($agencyId: ID!) { accessProfile(agencyId: $agencyId) { agencyId kind region grants { partnerAgencyId categories } } }";
const KINDS = new Set<string>(Object.values(AgencyKind));
const DEGRADED_MS = 5_000;
const REGIONS = new Set<string>(Object.values(Region));
const KNOWN_CATEGORIES = new Set<string>(CATEGORIES);

/**
 * Reads agency profiles (kind, region, active sharing agreements) from the agencies subgraph
 * with the gateway's own service token, and keeps each for `ttlMs`. This is how agreements
 * reach every subgraph: the gateway signs the grants into each internal token, so a new or
 * ended agreement applies everywhere once the entry expires (30 s by default, at most 60 s).
 */
export class AccessProfileClient implements AccessProfileSource {
  private readonly cache = new Map<string, { at: number; value: Promise<AccessProfile | null> }>();

  constructor(
    private readonly urls: { agencies: string; "governance-boards": string },
    private readonly signer: InternalTokenSigner,
    private readonly ttlMs: number,
    private readonly timeoutMs = 2_000,
  ) {}

  get(agencyId: string, requestId: string): Promise<AccessProfile | null> {
    const now = Date.now();
    const hit = this.cache.get(agencyId);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const fetched = this.fetch(agencyId, requestId);
    const value = fetched.then((f) => f.profile);
    const entry = { at: now, value };
    this.cache.set(agencyId, entry);
    fetched.then(
      // A profile without its quality-assurance access is kept a few seconds only.
      (f) => f.degraded && (entry.at = Date.now() - this.ttlMs + DEGRADED_MS),
      // A failure is not cached: the next request tries again.
      () => this.cache.get(agencyId) === entry && this.cache.delete(agencyId),
    );
    if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value as string);
    return value;
  }

  /**
   * The agency directory is required (no profile, no request). Quality-assurance access is an
   * extra grant: if governance is down it is left out (fail closed) and everything else goes on.
   */
  private async fetch(agencyId: string, requestId: string): Promise<{ profile: AccessProfile | null; degraded: boolean }> {
    const [agency, qa] = await Promise.all([
      this.ask<{ accessProfile?: unknown }>("agencies", QUERY, { agencyId }, requestId),
      this.ask<{ qualityAssuranceAccess?: string[] }>("governance-boards", QA_QUERY, { agencyId, on: new Date().toISOString().slice(0, 10) }, requestId).catch(() => null),
    ]);
    const profile = parseProfile(agency.accessProfile);
    return { profile: profile ? { ...profile, qaCaseIds: qa?.qualityAssuranceAccess ?? [] } : null, degraded: qa === null };
  }

  private async ask<T>(subgraph: "agencies" | "governance-boards", query: string, variables: Record<string, unknown>, requestId: string): Promise<T> {
    const token = await this.signer.sign(subgraph, { caller: { kind: "service", service: "gateway" }, requestId, txn: `profile:${requestId}` });
    try {
      const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": requestId };
      const res = await tracedCall(subgraph, "access-profile", headers, () =>
        fetch(this.urls[subgraph], { method: "POST", headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(this.timeoutMs) }),
      );
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      if (!res.ok || body.errors || !body.data) throw new Error(`${subgraph} answered ${res.status}`);
      return body.data;
    } catch (err) {
      log.error({ subgraph, requestId, err }, "access profile unavailable");
      throw new ServiceUnavailableError("The agency directory is unavailable; try again shortly.");
    }
  }
}

function parseProfile(raw: unknown): Omit<AccessProfile, "qaCaseIds"> | null {
  if (raw === null || raw === undefined) return null;
  const p = raw as { agencyId: string; kind: string; region: string; grants: { partnerAgencyId: string; categories: string[] }[] };
  if (!KINDS.has(p.kind) || !REGIONS.has(p.region)) throw new ServiceUnavailableError("The agency directory answered an unknown agency kind or region.");
  return {
    agencyId: p.agencyId,
    kind: p.kind as AgencyKind,
    region: p.region as Region,
    grants: p.grants.map((g) => ({ partnerAgencyId: g.partnerAgencyId, categories: g.categories.filter((c): c is Category => KNOWN_CATEGORIES.has(c)) })),
  };
}
