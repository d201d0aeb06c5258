import { Arg, Ctx, Directive, ID, Int, Query, Resolver } from "type-graphql";
import { BadUserInputError } from "../../../common/errors";
import type { CasesContext } from "../services";

/** Peer calls only (the governance-boards subgraph recording a quality-assurance review). */
@Resolver()
export class CaseSampleResolver {
  @Directive("@inaccessible")
  @Query(() => [ID], { description: "Internal: up to `size` cases the agency leads, drawn at random." })
  drawCaseSample(@Arg("leadAgencyId", () => ID) leadAgencyId: string, @Arg("size", () => Int) size: number, @Ctx() ctx: CasesContext): Promise<string[]> {
    if (!Number.isInteger(size) || size < 1 || size > 50) throw new BadUserInputError("size is 1 to 50", "size");
    return ctx.services.cases.drawSample(leadAgencyId, size);
  }
}
