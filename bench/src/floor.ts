import "reflect-metadata";
import http from "node:http";
import pg from "pg";
import { SUBGRAPH_NAMES, loadConfigOrExit, type SubgraphName } from "../../common/config";
import { Access } from "../../common/policy/access";
import { Relationship } from "../../common/policy/vocabulary";
import { authenticate } from "../../gateway/server";
import { loadGatewaySecurity } from "../../gateway/security";
import { encodeCaseCursor } from "../../subgraphs/cases/services/cursor";

/**
 * THE FLOOR: the Caseload page (MyCaseloadByStage: the chair's visible cases at a stage, newest
 * first, with the lead agency's name and the subject's names, the total and the page info) from
 * ONE SQL statement in a bare Node HTTP handler on the same PostgreSQL database. What a request
 * could cost with nothing of ours in the way: no gateway, no GraphQL, no token per request, no
 * shield, no disclosure record. The caller's need-to-know filter is the platform's (the same
 * relationships `visibleTo` turns into SQL), worked out once at start for the one caller the
 * floor serves; the benchmark checks that it answers exactly what our gateway answers.
 *
 * usage: node floor.js <bearer token> <purpose>   (PostgreSQL only; FLOOR_PORT, default 5011)
 * POST /caseload {"stage": "PANEL", "first": 50}
 */
async function main(): Promise<void> {
  const [token, purpose] = process.argv.slice(2);
  if (!token || !purpose) throw new Error("usage: floor <token> <purpose>");
  const config = loadConfigOrExit();
  if (config.database.kind !== "postgres") throw new Error("the floor runs on PostgreSQL only (set DATABASE_URL)");
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, config.subgraphs[n].url])) as Record<SubgraphName, string>;
  // The caller as the gateway knows it (the agency's profile from the running agencies subgraph): once.
  const caller = await authenticate({ authorization: `Bearer ${token}`, "x-purpose": purpose }, loadGatewaySecurity(config.auth, urls));
  const access = new Access(caller.principal, undefined, caller.purpose);
  const sql = caseloadStatement(access);
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

  const server = http.createServer((req, res) => {
    if (req.url === "/health") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"status":"ok"}');
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        try {
          const asked = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { stage: string; first?: number };
          const first = asked.first ?? 50;
          const { rows } = await pool.query<CaseloadRow>(sql.text, [...sql.values, asked.stage, first + 1]);
          const page = rows.slice(0, first);
          const edges = page.map((r) => ({
            node: {
              id: r.id,
              leadAgency: { id: r.lead_agency_id, name: r.agency_name },
              programme: r.programme,
              reference: r.reference,
              referredAt: r.referred_at.toISOString(),
              stage: r.stage,
              subject: { familyName: r.family_name, givenName: r.given_name, id: r.subject_id },
              typeOfConcern: r.type_of_concern,
              version: r.version,
            },
          }));
          const last = page.at(-1);
          const body = JSON.stringify({
            data: {
              cases: {
                edges,
                pageInfo: { endCursor: last ? encodeCaseCursor({ referredAt: last.referred_at, id: last.id }) : null, hasNextPage: rows.length > first },
                totalCount: rows[0]?.total ?? 0,
              },
            },
          });
          res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
          res.end(body);
        } catch (err) {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
        }
      })();
    });
  });
  server.keepAliveTimeout = 65_000;
  const port = Number(process.env.FLOOR_PORT ?? 5011);
  server.listen(port, config.host, () => console.log(`floor ready at http://${config.host}:${port}/caseload`));
}

interface CaseloadRow {
  total: number;
  id: string;
  reference: string;
  programme: string;
  stage: string;
  type_of_concern: string;
  referred_at: Date;
  version: number;
  lead_agency_id: string;
  subject_id: string;
  agency_name: string;
  given_name: string | null;
  family_name: string | null;
}

/**
 * The page, its total and the names in one statement. The row filter mirrors `visibleTo`
 * (subgraphs/cases/services/case-access.service.ts) for the relationships under which the
 * caller sees personal data (every case field's category, so the row gate).
 */
function caseloadStatement(access: Access): { text: string; values: unknown[] } {
  const kinds = access.relationshipsGranting("personal");
  const partners = access.agreementPartnersGranting("personal");
  const values: unknown[] = [access.principal.agencyId, access.principal.region];
  const param = (value: unknown) => `$${values.push(value)}`;
  const exists = (table: string, column: string) => `EXISTS (SELECT 1 FROM cases.${table} x WHERE x.case_id = c.id AND x.${column} = $1)`;
  const predicates: string[] = [];
  if (kinds.has(Relationship.ANY)) predicates.push("TRUE");
  if (kinds.has(Relationship.LEAD)) predicates.push("c.lead_agency_id = $1");
  if (kinds.has(Relationship.REFERRER)) predicates.push("c.referring_agency_id = $1");
  if (kinds.has(Relationship.PANEL)) predicates.push(exists("case_panel_members", "agency_id"));
  if (kinds.has(Relationship.SCREENER)) predicates.push("(c.screened_by_agency_id = $1 OR (c.screened_by_agency_id IS NULL AND c.region = $2))");
  if (kinds.has(Relationship.CT_ASSESSOR)) predicates.push(exists("ct_risk_assessments", "assessed_by_agency_id"));
  if (kinds.has(Relationship.HEALTH_PROVIDER)) predicates.push(exists("health_information", "provided_by_agency_id"));
  if (kinds.has(Relationship.DDP_MANAGER)) predicates.push(exists("ddp_conditions", "managing_agency_id"));
  if (partners.length > 0) predicates.push(`c.lead_agency_id = ANY(${param(partners)}::text[])`);
  const sar = access.subjectAccessPerson;
  if (kinds.has(Relationship.SUBJECT_ACCESS) && sar !== null) predicates.push(`c.subject_id = ${param(sar)}`);
  const sampled = access.qualityAssuranceCases;
  if (kinds.has(Relationship.QA_SAMPLE) && sampled.length > 0) predicates.push(`c.id = ANY(${param(sampled)}::text[])`);
  const visible = predicates.length > 0 ? `(${predicates.join(" OR ")})` : "FALSE";
  // $1/$2 are always referenced (a statement's parameters must all be typed).
  const stage = `$${values.length + 1}`;
  const limit = `$${values.length + 2}`;
  const text = `WITH v AS (
  SELECT c.id, c.reference, c.programme, c.stage, c.type_of_concern, c.referred_at, c.version, c.lead_agency_id, c.subject_id
  FROM cases.cases c WHERE c.stage = ${stage} AND ${visible} AND $1::text IS NOT NULL AND $2::text IS NOT NULL
), page AS (SELECT * FROM v ORDER BY referred_at DESC, id DESC LIMIT ${limit})
SELECT (SELECT count(*) FROM v)::int AS total, p.*, a.name AS agency_name, s.given_name, s.family_name
FROM page p JOIN agencies.agencies a ON a.id = p.lead_agency_id LEFT JOIN people.persons s ON s.id = p.subject_id
ORDER BY p.referred_at DESC, p.id DESC`;
  return { text, values };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
