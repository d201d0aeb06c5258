import type { ImmigrationContact } from "../entities/immigration-contact.entity";
import type { ImmigrationContactsContext } from "../services";

export function resolveImmigrationContactReference(
  reference: Pick<ImmigrationContact, "id">,
  ctx: ImmigrationContactsContext,
): Promise<ImmigrationContact | null> {
  return ctx.loaders.contact.load(reference.id);
}
