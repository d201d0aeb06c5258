import type { ImmigrationQuery } from "../entities/immigration-query.entity";
import type { ImmigrationContactsContext } from "../services";

export function resolveImmigrationQueryReference(
  reference: Pick<ImmigrationQuery, "id">,
  ctx: ImmigrationContactsContext,
): Promise<ImmigrationQuery | null> {
  return ctx.loaders.query.load(reference.id);
}
