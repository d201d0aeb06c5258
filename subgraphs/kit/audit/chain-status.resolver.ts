import { Ctx, Directive, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "../context.type";

/** One subgraph's chain, verified now. Internal: the gateway's `auditChainStatus` gathers them. */
@Directive("@shareable")
@Directive("@inaccessible")
@ObjectType("AuditChainReportRow", { description: "Internal: one subgraph's audit chain, verified." })
export class AuditChainReportRow {
  @Field()
  subgraph: string;

  @Field(() => Int)
  records: number;

  @Field()
  intact: boolean;

  @Field(() => Int, { nullable: true })
  brokenSeq: number | null;

  @Field(() => String, { nullable: true })
  brokenReason: string | null;

  @Field(() => Date)
  startedAt: Date;

  @Field(() => Date)
  finishedAt: Date;
}

/** Every subgraph verifies its own chain for the gateway's chain status (data protection officers only, by policy). */
@Resolver()
export class AuditChainResolver {
  @Directive("@shareable")
  @Directive("@inaccessible")
  @Query(() => AuditChainReportRow, { description: "Internal: this subgraph's audit chain, verified now (one run at a time)." })
  async auditChainReport(@Ctx() ctx: SubgraphContext<unknown, unknown>): Promise<AuditChainReportRow> {
    if (!ctx.auditChain) throw new Error("no audit chain in this context");
    const report = await ctx.auditChain.verify(ctx.requestId);
    return {
      subgraph: report.subgraph,
      records: report.records,
      intact: report.intact,
      brokenSeq: report.firstBroken?.seq ?? null,
      brokenReason: report.firstBroken?.reason ?? null,
      startedAt: report.startedAt,
      finishedAt: report.finishedAt,
    };
  }
}
