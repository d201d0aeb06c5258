import type { Case } from "../entities/case.entity";
import type { CasesContext } from "../services";

export function resolveCaseReference(reference: Pick<Case, "id">, ctx: CasesContext): Promise<Case | null> {
  return ctx.loaders.case.load(reference.id);
}
