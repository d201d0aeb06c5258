import type { Practitioner } from "../entities/practitioner.entity";
import type { PeopleContext } from "../services";

export function resolvePractitionerReference(
  reference: Pick<Practitioner, "id">,
  ctx: PeopleContext,
): Promise<Practitioner | null> {
  return ctx.loaders.practitioner.load(reference.id);
}
