import { Arg, Ctx, Directive, Field, ID, InputType, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "../context.type";
import type { AuditLogFilter, TrailPosition } from "./audit-log";

/** One record of a subgraph's audit log, as the gateway's trail reads it. Internal. */
@Directive("@shareable")
@Directive("@inaccessible")
@ObjectType("AuditRecordRow", { description: "Internal: one record of a subgraph's audit log." })
export class AuditRecordRow {
  @Field()
  subgraph: string;

  @Field(() => Int)
  seq: number;

  @Field(() => Date)
  recordedAt: Date;

  @Field()
  action: string;

  @Field()
  requestId: string;

  @Field(() => String, { nullable: true })
  operationName: string | null;

  @Field()
  userSub: string;

  @Field()
  userIssuer: string;

  @Field()
  agencyId: string;

  @Field()
  roles: string;

  @Field(() => String, { nullable: true })
  purpose: string | null;

  @Field(() => String, { nullable: true })
  purposeCase: string | null;

  @Field(() => String, { nullable: true })
  purposePerson: string | null;

  /** Canonical JSON of the entries. */
  @Field()
  entries: string;

  @Field()
  hash: string;
}

@Directive("@inaccessible")
@InputType("AuditRecordFilter")
export class AuditRecordFilterInput implements AuditLogFilter {
  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => String, { nullable: true })
  userId?: string | null;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

@Directive("@inaccessible")
@InputType("AuditRecordPosition")
export class AuditRecordPositionInput implements TrailPosition {
  @Field(() => Date)
  at: Date;

  @Field()
  subgraph: string;

  @Field(() => Int)
  seq: number;
}

/** Every subgraph serves its own log to the gateway's trail (data protection officers only, by policy). */
@Resolver()
export class AuditTrailResolver {
  @Directive("@shareable")
  @Directive("@inaccessible")
  @Query(() => [AuditRecordRow], { description: "Internal: this subgraph's audit records, newest first." })
  async auditRecords(
    @Arg("filter", () => AuditRecordFilterInput) filter: AuditRecordFilterInput,
    @Arg("first", () => Int) first: number,
    @Arg("before", () => AuditRecordPositionInput, { nullable: true }) before: AuditRecordPositionInput | null,
    @Ctx() ctx: SubgraphContext<unknown, unknown>,
  ): Promise<AuditRecordRow[]> {
    if (!ctx.auditLog) throw new Error("no audit log in this context");
    const rows = await ctx.auditLog.page(filter, first, before);
    return rows.map((r) => ({ ...r, subgraph: ctx.auditLog!.subgraph }));
  }
}
