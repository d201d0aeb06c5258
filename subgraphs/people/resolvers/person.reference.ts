import type { RowRelationships } from "../../../common/policy/access";
import type { Category } from "../../../common/policy/vocabulary";
import type { Person } from "../entities/person.entity";
import type { PeopleContext } from "../services";

type PersonRepresentation = Pick<Person, "id" | "caseAccess" | "immigrationAccess">;

type AttestationContext = Pick<PeopleContext, "attestor" | "txn" | "loaders">;

/** What the attestations in a representation grant for this request (nothing if absent or forged). */
export function attestedFor(person: PersonRepresentation, ctx: AttestationContext): ReadonlySet<Category> {
  return personRelationships(person, ctx).attested!;
}

/**
 * The caller's relationships to a person, from the attestations the representation carries. The
 * shield asks once per field of each person: the MACs are checked once per request for each
 * person and exact pair of attestations (a different attestation for the same person is checked
 * on its own), and the answer is kept with the request's loaders.
 */
export function personRelationships(person: PersonRepresentation, ctx: AttestationContext): RowRelationships {
  // Only attestations that are strings (or absent) are remembered: nothing else can stand for one.
  const plain = (v: unknown) => v == null || typeof v === "string";
  const key = plain(person.caseAccess) && plain(person.immigrationAccess) ? `${person.id}\u0000${person.caseAccess ?? ""}\u0000${person.immigrationAccess ?? ""}` : null;
  let rels = key === null ? undefined : ctx.loaders.attested.get(key);
  if (!rels) {
    const granted = ctx.attestor.verify(person.caseAccess, ctx.txn, "Person", person.id);
    for (const c of ctx.attestor.verify(person.immigrationAccess, ctx.txn, "Person", person.id)) granted.add(c);
    rels = { kinds: new Set(), attested: granted, row: { type: "Person", id: person.id, subjectId: person.id } };
    if (key !== null) ctx.loaders.attested.set(key, rels);
  }
  return rels;
}

/**
 * Loads the person only when another subgraph attested a relationship; otherwise answers a bare
 * stub whose every field the shield then refuses. The attestations travel on with the row.
 */
export async function resolvePersonReference(reference: PersonRepresentation, ctx: PeopleContext): Promise<Person | null> {
  if (attestedFor(reference, ctx).size === 0) return { id: reference.id } as Person;
  const row = await ctx.loaders.person.load(reference.id);
  return row ? { ...row, caseAccess: reference.caseAccess, immigrationAccess: reference.immigrationAccess } : null;
}
