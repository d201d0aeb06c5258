import { Ctx, Query, Resolver } from "type-graphql";
import { serviceLogger } from "../../common/logger";
import type { TrailContext } from "./trail.context";
import { AuditChain, AuditChainState, AuditChainStatus } from "./chain.types";

@Resolver()
export class AuditChainStatusResolver {
  /**
   * Not itself a disclosure record: it reads no personal data (record counts, positions and the
   * checks' findings), like the trail's own reads. Who asked is logged with the request id, by
   * the gateway and by every subgraph that verified.
   */
  @Query(() => AuditChainStatus, {
    nullable: true,
    description: "Verifies every subgraph's audit chain now and names the first broken record of each, if any. Data protection officers only; one run at a time (a request during a run gets that run's answer).",
  })
  async auditChainStatus(@Ctx() ctx: TrailContext): Promise<AuditChainStatus> {
    const checkedAt = new Date();
    const rows = await ctx.trail.chains(ctx.identity);
    const chains = rows.map((row): AuditChain => {
      if ("unavailable" in row) {
        return { subgraph: row.subgraph, state: AuditChainState.UNAVAILABLE, records: null, firstBroken: null, problem: row.unavailable, startedAt: null, finishedAt: null };
      }
      return {
        subgraph: row.subgraph,
        state: row.intact ? AuditChainState.INTACT : AuditChainState.BROKEN,
        records: row.records,
        firstBroken: row.intact || row.brokenSeq === null ? null : { recordId: `${row.subgraph}:${row.brokenSeq}`, seq: row.brokenSeq, reason: row.brokenReason ?? "" },
        problem: null,
        startedAt: new Date(row.startedAt),
        finishedAt: new Date(row.finishedAt),
      };
    });
    const intact = chains.every((c) => c.state === AuditChainState.INTACT);
    serviceLogger("gateway").info(
      { requestId: ctx.requestId, user: ctx.identity.caller.kind === "user" ? ctx.identity.caller.principal.sub : null, states: Object.fromEntries(chains.map((c) => [c.subgraph, c.state])) },
      "audit chain status asked for",
    );
    return { checkedAt, intact, chains };
  }
}
