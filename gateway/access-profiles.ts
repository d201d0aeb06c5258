import type { InternalTokenSigner } from "../common/auth/internal-token";
import type { AgreementGrant } from "../common/auth/principal";
import { AgencyKind, Region } from "../common/domain";
import { ServiceUnavailableError } from "../common/errors";
import { CATEGORIES, type Category } from "../common/policy/vocabulary";

/** What the policy needs to know about a caller's agency beyond their token. */
export interface AccessProfile {
  agencyId: string;
  kind: AgencyKind;
  region: Region;
  grants: AgreementGrant[];
}

export interface AccessProfileSource {
  /** `null` when no such agency is registered. */
  get(agencyId: string, requestId: string): Promise<AccessProfile | null>;
}

const QUERY = "query AccessProfile($agencyId: ID!) { accessProfile(agencyId: $agencyId) { agencyId kind region grants { partnerAgencyId categories } } }";
const KINDS = new Set<string>(Object.values(AgencyKind));
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
    private readonly agenciesUrl: string,
    private readonly signer: InternalTokenSigner,
    private readonly ttlMs: number,
    private readonly timeoutMs = 2_000,
  ) {}

  get(agencyId: string, requestId: string): Promise<AccessProfile | null> {
    const now = Date.now();
    const hit = this.cache.get(agencyId);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = this.fetch(agencyId, requestId);
    this.cache.set(agencyId, { at: now, value });
    // A failure is not cached: the next request tries again.
    value.catch(() => this.cache.delete(agencyId));
    if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value as string);
    return value;
  }

  private async fetch(agencyId: string, requestId: string): Promise<AccessProfile | null> {
    const token = await this.signer.sign("agencies", { caller: { kind: "service", service: "gateway" }, requestId, txn: `profile:${requestId}` });
    let body: { data?: { accessProfile?: unknown }; errors?: unknown[] };
    try {
      const res = await fetch(this.agenciesUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": requestId },
        body: JSON.stringify({ query: QUERY, variables: { agencyId } }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await res.json()) as typeof body;
      if (!res.ok || body.errors) throw new Error(`agencies answered ${res.status}`);
    } catch (err) {
      console.error(`[gateway] access profile of ${agencyId} unavailable:`, (err as Error).message);
      throw new ServiceUnavailableError("The agency directory is unavailable; try again shortly.");
    }
    return parseProfile(body.data?.accessProfile);
  }
}

function parseProfile(raw: unknown): AccessProfile | null {
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
