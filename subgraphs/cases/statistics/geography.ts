import { AgencyKind, Region } from "../../kit/enums";
import type { RequestScope } from "../../kit/context.type";
import type { Geography } from "./layout";

/** Where the statistics' geography comes from: authorities and regions (agencies), phases (governance). */
export interface GeographySource {
  load(scope: RequestScope): Promise<Geography>;
}

const AUTHORITIES = `query StatisticsAuthorities($kind: AgencyKind) { agencies(kind: $kind) { id region } }`;
const PHASES = `query StatisticsPhases { rolloutPhases { id ordinal agencies { id } } }`;

/** Reference data from the other subgraphs, on the caller's behalf, reused for `ttlMs`. */
export class PeerGeography implements GeographySource {
  private cached: { at: number; geography: Promise<Geography> } | undefined;

  constructor(private readonly ttlMs: number) {}

  load(scope: RequestScope): Promise<Geography> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < this.ttlMs) return this.cached.geography;
    const geography = this.fetch(scope);
    this.cached = { at: now, geography };
    // A failure is not remembered: the next request tries again.
    geography.catch(() => {
      if (this.cached?.geography === geography) this.cached = undefined;
    });
    return geography;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private async fetch(scope: RequestScope): Promise<Geography> {
    const [{ agencies }, { rolloutPhases }] = await Promise.all([
      scope.peers.query<{ agencies: { id: string; region: Region | null }[] }>("agencies", AUTHORITIES, { kind: AgencyKind.LOCAL_AUTHORITY }),
      scope.peers.query<{ rolloutPhases: { id: string; ordinal: number; agencies: { id: string }[] }[] }>("governance-boards", PHASES),
    ]);
    return geographyOf(
      agencies,
      [...rolloutPhases].sort((a, b) => a.ordinal - b.ordinal).map((p) => ({ id: p.id, authorityIds: p.agencies.map((a) => a.id) })),
    );
  }
}

/** A fixed geography (tests, tools). */
export class StaticGeography implements GeographySource {
  constructor(private readonly geography: Geography) {}

  load(): Promise<Geography> {
    return Promise.resolve(this.geography);
  }
}

/** Authorities ordered by id, each in its region and the (first) phase that lists it. */
export function geographyOf(
  authorities: readonly { id: string; region: string | null }[],
  phases: readonly { id: string; authorityIds: readonly string[] }[],
): Geography {
  const phaseOf = new Map<string, string>();
  for (const phase of phases) for (const id of phase.authorityIds) if (!phaseOf.has(id)) phaseOf.set(id, phase.id);
  return {
    regions: Object.values(Region),
    phases: phases.map((p) => p.id),
    authorities: [...authorities].sort((a, b) => (a.id < b.id ? -1 : 1)).map((a) => ({ id: a.id, region: a.region, phase: phaseOf.get(a.id) ?? null })),
  };
}
