import type { Person } from "../entities/person.entity";
import type { PeopleContext } from "../services";

export function resolvePersonReference(reference: Pick<Person, "id">, ctx: PeopleContext): Promise<Person | null> {
  return ctx.loaders.person.load(reference.id);
}
