import type { RowRelationships } from "../../../common/policy/access";
import type { Category } from "../../../common/policy/vocabulary";
import type { Person } from "../entities/person.entity";
import type { PeopleContext } from "../services";

type PersonRepresentation = Pick<Person, "id" | "caseAccess" | "immigrationAccess">;

/** What the attestations in a representation grant for this request (nothing if absent or forged). */
export function attestedFor(person: PersonRepresentation, ctx: Pick<PeopleContext, "attestor" | "txn">): Set<Category> {
  const granted = ctx.attestor.verify(person.caseAccess, ctx.txn, "Person", person.id);
  for (const c of ctx.attestor.verify(person.immigrationAccess, ctx.txn, "Person", person.id)) granted.add(c);
  return granted;
}

export function personRelationships(person: PersonRepresentation, ctx: Pick<PeopleContext, "attestor" | "txn">): RowRelationships {
  return { kinds: new Set(), attested: attestedFor(person, ctx), row: { type: "Person", id: person.id, subjectId: person.id } };
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
