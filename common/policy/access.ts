import type { PractitionerRole } from "../domain";
import type { Principal } from "../auth/principal";
import type { Purpose } from "./purpose";
import { ACTIONS, SHARING_POLICY, type ActionRule, type PolicyRule } from "./sharing-policy";
import { Relationship, type Category } from "./vocabulary";

/** Which row a field belongs to, for disclosure records: the entity and whose data it is. */
export interface RowKey {
  type: string;
  id: string;
  subjectId: string | null;
}

/** The caller's relationships to one row (a case, a person, an immigration question). */
export interface RowRelationships {
  /** The row itself (absent for a row that could not be found). */
  row?: RowKey;
  kinds: ReadonlySet<Relationship>;
  /** Categories an active agreement with the row's lead agency covers. */
  agreed?: ReadonlySet<Category>;
  /** Categories another subgraph attested it may disclose for this row (see `attestation.ts`). */
  attested?: ReadonlySet<Category>;
}

/** No relationship to the row (or no such row): only the caller's standing (`ANY`) counts. */
export const NO_RELATIONSHIP: RowRelationships = { kinds: new Set([Relationship.ANY]) };

/** Relationships to a person through several rows (their cases, questions about them): no rule needs two at once. */
export function unionOfRelationships(all: readonly RowRelationships[], row?: RowKey): RowRelationships {
  const kinds = new Set<Relationship>([Relationship.ANY]);
  const agreed = new Set<Category>();
  for (const r of all) {
    for (const k of r.kinds) kinds.add(k);
    for (const c of r.agreed ?? []) agreed.add(c);
  }
  return { kinds, agreed, row };
}

const ANY_ONLY: RowRelationships = { kinds: new Set([Relationship.ANY]) };

/**
 * The sharing policy evaluated for one caller, built once per request: which categories each
 * relationship grants them. Subgraphs ask it about fields (`allows`) and build SQL row filters
 * from it (`relationshipsGranting`).
 */
export class Access {
  private readonly byRelationship = new Map<Relationship, Set<Category>>();
  private readonly agreementCeiling = new Set<Category>();
  private readonly agreedByPartner = new Map<string, Set<Category>>();

  constructor(
    readonly principal: Principal,
    policy: readonly PolicyRule[] = SHARING_POLICY,
    /** The request's stated purpose: a subject access request relates the caller to one person's rows. */
    readonly purpose: Purpose | null = null,
  ) {
    for (const rule of policy) {
      if (!appliesTo(rule, principal)) continue;
      if (rule.relationship === Relationship.AGREEMENT) {
        for (const c of rule.may) this.agreementCeiling.add(c);
        continue;
      }
      let granted = this.byRelationship.get(rule.relationship);
      if (!granted) this.byRelationship.set(rule.relationship, (granted = new Set()));
      for (const c of rule.may) granted.add(c);
    }
    for (const grant of principal.grants) {
      if (grant.partnerAgencyId === principal.agencyId) continue;
      const allowed = grant.categories.filter((c) => this.agreementCeiling.has(c));
      if (allowed.length === 0) continue;
      let set = this.agreedByPartner.get(grant.partnerAgencyId);
      if (!set) this.agreedByPartner.set(grant.partnerAgencyId, (set = new Set()));
      for (const c of allowed) set.add(c);
    }
  }

  get agencyId(): string {
    return this.principal.agencyId;
  }

  /** The cases a quality-assurance review lets the caller see, if this request states that purpose. */
  get qualityAssuranceCases(): readonly string[] {
    return this.purpose?.reason === "quality assurance" ? (this.principal.qaCaseIds ?? []) : [];
  }

  /** The person a subject access request names, if this request is one. */
  get subjectAccessPerson(): string | null {
    return this.purpose?.reason === "subject access" ? (this.purpose.personId ?? null) : null;
  }

  hasRole(role: PractitionerRole): boolean {
    return this.principal.roles.includes(role);
  }

  /** May the caller see data of `category` on a row they have these relationships to? */
  allows(category: Category, rels: RowRelationships): boolean {
    for (const kind of rels.kinds) {
      if (this.byRelationship.get(kind)?.has(category)) return true;
    }
    if (rels.agreed?.has(category)) return true;
    return rels.attested?.has(category) ?? false;
  }

  /** Reference and aggregate data: no row, only the caller's standing. */
  allowsAnywhere(category: Category): boolean {
    return this.allows(category, ANY_ONLY);
  }

  /**
   * Could the caller see `category` on some row? Gates list fields whose rows are then
   * filtered one by one (in SQL): a board member is refused `cases` outright.
   */
  mayEverSee(category: Category): boolean {
    for (const granted of this.byRelationship.values()) if (granted.has(category)) return true;
    for (const agreed of this.agreedByPartner.values()) if (agreed.has(category)) return true;
    return false;
  }

  /** The relationships under which the caller sees `category`: SQL row filters are built from these. */
  relationshipsGranting(category: Category): Set<Relationship> {
    const kinds = new Set<Relationship>();
    for (const [kind, granted] of this.byRelationship) if (granted.has(category)) kinds.add(kind);
    return kinds;
  }

  /** Agencies whose cases an active agreement lets the caller see `category` of. */
  agreementPartnersGranting(category: Category): string[] {
    const partners: string[] = [];
    for (const [partner, agreed] of this.agreedByPartner) if (agreed.has(category)) partners.push(partner);
    return partners.sort();
  }

  /** What an agreement with the lead agency adds on that agency's cases (empty set if none). */
  agreedWith(leadAgencyId: string): ReadonlySet<Category> {
    return this.agreedByPartner.get(leadAgencyId) ?? EMPTY;
  }

  /** May the caller take this action? (Row conditions, such as being a party, are the service's.) */
  can(action: ActionRule): boolean {
    return action.roles.some((role) => this.principal.roles.includes(role));
  }

  static readonly actions = ACTIONS;
}

const EMPTY: ReadonlySet<Category> = new Set();

function appliesTo(rule: PolicyRule, principal: Principal): boolean {
  if (rule.agencyKinds && !rule.agencyKinds.includes(principal.agencyKind)) return false;
  return rule.roles.some((role) => principal.roles.includes(role));
}
