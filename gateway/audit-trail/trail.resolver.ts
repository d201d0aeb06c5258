import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { BadUserInputError } from "../../common/errors";
import { PURPOSES } from "../../common/policy/purpose";
import type { TrailContext } from "./trail.context";
import type { TrailPosition, TrailRow } from "./trail-client";
import { Disclosure, DisclosureConnection, DisclosureFilter, type DisclosureEntry } from "./trail.types";

const MAX_PAGE = 100;

function encodeCursor(row: TrailRow): string {
  return Buffer.from(JSON.stringify([row.recordedAt, row.subgraph, row.seq]), "utf8").toString("base64url");
}

function decodeCursor(value: string): TrailPosition {
  const invalid = () => new BadUserInputError("Malformed cursor: pass an endCursor or edge cursor unchanged.", "after");
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [at, subgraph, seq] = parsed as unknown[];
  if (typeof at !== "string" || Number.isNaN(Date.parse(at)) || typeof subgraph !== "string" || !Number.isInteger(seq)) throw invalid();
  return { at, subgraph, seq: seq as number };
}

function toDisclosure(row: TrailRow): Disclosure {
  const disclosure = new Disclosure();
  const entries = (JSON.parse(row.entries) as { type: string; id: string; subjectId: string | null; fields: string[] }[]).map(
    (e): DisclosureEntry => ({ entityType: e.type, entityId: e.id, subjectId: e.subjectId, fields: e.fields }),
  );
  Object.assign(disclosure, {
    id: `${row.subgraph}:${row.seq}`,
    subgraph: row.subgraph,
    seq: row.seq,
    action: row.action,
    recordedAt: new Date(row.recordedAt),
    requestId: row.requestId,
    operationName: row.operationName,
    userId: row.userSub,
    userIssuer: row.userIssuer,
    agencyId: row.agencyId,
    roles: row.roles === "" ? [] : row.roles.split(","),
    purpose: row.purpose,
    purposeCase: row.purposeCase,
    purposePerson: row.purposePerson,
    entries,
    hash: row.hash,
  });
  return disclosure;
}

@Resolver()
export class DisclosureTrailResolver {
  @Query(() => DisclosureConnection, {
    nullable: true,
    description: "Who saw what, when and why: the disclosure records of every subgraph, newest first. Data protection officers only.",
  })
  async disclosures(
    @Arg("filter", () => DisclosureFilter, { nullable: true }) filter: DisclosureFilter | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "1 to 100." }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: TrailContext,
  ): Promise<DisclosureConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE}`, "first");
    const f = filter ?? {};
    if (f.purpose != null && !(PURPOSES as readonly string[]).includes(f.purpose.toLowerCase())) {
      throw new BadUserInputError(`purpose must be one of ${PURPOSES.join(", ")}`, "filter.purpose");
    }
    if (f.from && f.to && f.from >= f.to) throw new BadUserInputError("from must be before to", "filter.to");
    const before = after ? decodeCursor(after) : null;
    const rows = await ctx.trail.page(
      ctx.identity,
      {
        subjectId: f.subjectId ?? null,
        agencyId: f.agencyId ?? null,
        userId: f.userId ?? null,
        purpose: f.purpose?.toLowerCase() ?? null,
        from: f.from?.toISOString() ?? null,
        to: f.to?.toISOString() ?? null,
      },
      first + 1,
      before,
    );
    const page = rows.slice(0, first);
    return {
      edges: page.map((row) => ({ cursor: encodeCursor(row), node: toDisclosure(row) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length > 0 ? encodeCursor(page.at(-1)!) : null },
    };
  }
}
