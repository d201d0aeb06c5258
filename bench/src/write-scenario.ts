import pg from "pg";

/**
 * THE WRITE SCENARIO: case work under load through our gateway, at a fixed number of connections.
 *
 * - VAF: the Kirklees chair records VAF assessments on distinct cases (each connection owns its
 *   own cases and carries the version each answer returns: no two writes race for one case).
 * - Conflicts: CT policing's officer sends screening decisions for the same case from several
 *   connections at once, all from the version they read: exactly one may win, the others must
 *   answer CONFLICT.
 *
 * Then it checks, in the database: no update lost (each case's version moved by exactly its
 * winners, one assessment row per VAF accepted), exactly one winner per conflict, and every
 * accepted change in the cases subgraph's chain as an ALTERATION record of that request naming
 * the case. Screening moves the cases it decides out of SCREENING: each run uses up to
 * `conflictCases` of the seeded cases at that stage (1,697 in the North West on 100,000 cases).
 */
export interface WriteOptions {
  gatewayUrl: string;
  /** Persisted-query bodies by operation name. */
  byId: (name: string, variables: Record<string, unknown>) => string;
  chairToken: string;
  ctOfficerToken: string;
  connections: number;
  seconds: number;
  /** Cases decided by racing screening decisions. */
  conflictCases: number;
  /** Contenders per conflict. */
  contenders: number;
  databaseUrl: string | undefined;
}

export interface WriteResult {
  connections: number;
  vaf: { seconds: number; mutations: number; mutationsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; cases: number };
  conflicts: { cases: number; contenders: number; mutations: number; p50Ms: number; p99Ms: number; winners: number; conflictAnswers: number; otherErrors: number; casesWithOneWinner: number };
  lostUpdates: number | null;
  alterationsRecorded: number | null;
  alterationsExpected: number;
  ok: boolean;
}

interface CaseRow {
  id: string;
  version: number;
  leadAgency: { id: string };
}

interface Answer {
  ms: number;
  requestId: string;
  data: Record<string, { id: string; version: number } | null> | null;
  code: string | null;
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const FACTORS = [
  { domain: "ENGAGEMENT", code: "need-for-identity", rating: "MODERATE", note: "Synthetic benchmark assessment." },
  { domain: "INTENT", code: "us-and-them-thinking", rating: "LOW", note: "Synthetic benchmark assessment." },
];

export async function writeScenario(o: WriteOptions): Promise<WriteResult> {
  let sequence = 0;
  const run = async (token: string, purpose: string, body: string): Promise<Answer> => {
    const requestId = `bench-write-${process.pid}-${Date.now()}-${++sequence}`;
    const started = performance.now();
    const res = await fetch(o.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": purpose, "x-request-id": requestId }, body });
    const json = (await res.json()) as { data?: Answer["data"]; errors?: { extensions?: { code?: string } }[] };
    return { ms: performance.now() - started, requestId, data: json.data ?? null, code: json.errors?.length ? (json.errors[0]!.extensions?.code ?? "UNKNOWN") : null };
  };
  const pages = async (token: string, purpose: string, stage: string, want: number, keep: (c: CaseRow) => boolean): Promise<CaseRow[]> => {
    const found: CaseRow[] = [];
    let after: string | null = null;
    while (found.length < want) {
      const res = await fetch(o.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": purpose }, body: o.byId("MyCaseloadByStage", { stage, first: 100, after }) });
      const json = (await res.json()) as { data?: { cases: { edges: { node: CaseRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }; errors?: unknown[] };
      // Fields the caller may not see come back as errors beside the data: only ids and versions are needed.
      if (!json.data?.cases) throw new Error(`reading the ${stage} cases failed: ${JSON.stringify(json.errors).slice(0, 300)}`);
      found.push(...json.data.cases.edges.map((e) => e.node).filter(keep));
      if (!json.data.cases.pageInfo.hasNextPage) break;
      after = json.data.cases.pageInfo.endCursor;
    }
    return found.slice(0, want);
  };

  // VAF on distinct cases: each connection cycles through its own share of the chair's panel cases.
  const panel = await pages(o.chairToken, "panel preparation", "PANEL", 10 * o.connections, (c) => c.leadAgency.id === "kirklees");
  if (panel.length < o.connections) throw new Error(`the write scenario needs ${o.connections} Kirklees cases at panel, found ${panel.length}`);
  const startVersions = new Map(panel.map((c) => [c.id, c.version]));
  const vafWins = new Map<string, number>();
  const vafLatencies: number[] = [];
  const accepted: { requestId: string; caseId: string }[] = [];
  let vafErrors = 0;
  const until = Date.now() + o.seconds * 1000;
  const vafStarted = Date.now();
  await Promise.all(
    Array.from({ length: o.connections }, async (_, worker) => {
      const mine = panel.filter((_c, i) => i % o.connections === worker).map((c) => ({ ...c }));
      for (let i = 0; Date.now() < until; i++) {
        const kase = mine[i % mine.length]!;
        const answer = await run(o.chairToken, "panel preparation", o.byId("RecordVulnerabilityAssessment", { input: { caseId: kase.id, version: kase.version, factors: FACTORS } }));
        const changed = answer.data?.recordVulnerabilityAssessment;
        if (answer.code || !changed) {
          vafErrors += 1;
          continue;
        }
        vafLatencies.push(answer.ms);
        kase.version = changed.version;
        vafWins.set(kase.id, (vafWins.get(kase.id) ?? 0) + 1);
        accepted.push({ requestId: answer.requestId, caseId: kase.id });
      }
    }),
  );
  const vafSeconds = (Date.now() - vafStarted) / 1000;

  // Conflicts: `contenders` decisions race for each case, `connections` requests in flight.
  const screening = await pages(o.ctOfficerToken, "screening", "SCREENING", o.conflictCases, () => true);
  const conflictLatencies: number[] = [];
  const winners = new Map<string, number>();
  let conflictAnswers = 0;
  let otherErrors = 0;
  const perWave = Math.max(1, Math.floor(o.connections / o.contenders));
  for (let i = 0; i < screening.length; i += perWave) {
    await Promise.all(
      screening.slice(i, i + perWave).flatMap((kase) =>
        Array.from({ length: o.contenders }, async (_, n) => {
          const decision = n % 2 === 0 ? "ADOPTED_TO_PANEL" : "NO_FURTHER_ACTION";
          const answer = await run(o.ctOfficerToken, "screening", o.byId("RecordScreeningDecision", { input: { caseId: kase.id, version: kase.version, decision, reason: "Synthetic benchmark decision." } }));
          conflictLatencies.push(answer.ms);
          if (answer.data?.recordScreeningDecision && !answer.code) {
            winners.set(kase.id, (winners.get(kase.id) ?? 0) + 1);
            accepted.push({ requestId: answer.requestId, caseId: kase.id });
          } else if (answer.code === "CONFLICT") conflictAnswers += 1;
          else otherErrors += 1;
        }),
      ),
    );
  }
  const casesWithOneWinner = screening.filter((c) => winners.get(c.id) === 1).length;

  // What the database holds: versions, assessments and the chain's alteration records.
  let lostUpdates: number | null = null;
  let alterationsRecorded: number | null = null;
  if (o.databaseUrl) {
    const client = new pg.Client({ connectionString: o.databaseUrl });
    await client.connect();
    try {
      const ids = [...panel.map((c) => c.id), ...screening.map((c) => c.id)];
      const { rows } = await client.query<{ id: string; version: number; assessments: string }>(
        `SELECT c.id, c.version, (SELECT count(*) FROM cases.vulnerability_assessments a WHERE a.case_id = c.id AND a.assessed_at >= $2) AS assessments FROM cases.cases c WHERE c.id = ANY($1::text[])`,
        [ids, new Date(vafStarted - 1_000)],
      );
      const screenStart = new Map(screening.map((c) => [c.id, c.version]));
      lostUpdates = 0;
      for (const row of rows) {
        const wins = vafWins.get(row.id) ?? winners.get(row.id) ?? 0;
        const from = startVersions.get(row.id) ?? screenStart.get(row.id)!;
        if (row.version !== from + wins) lostUpdates += 1;
        else if (startVersions.has(row.id) && Number(row.assessments) !== wins) lostUpdates += 1;
      }
      const recorded = await client.query<{ request_id: string; entries: string }>(`SELECT request_id, entries FROM cases.audit_records WHERE action = 'ALTERATION' AND request_id = ANY($1::text[])`, [
        accepted.map((a) => a.requestId),
      ]);
      const byRequest = new Map(recorded.rows.map((r) => [r.request_id, r.entries]));
      alterationsRecorded = accepted.filter((a) => byRequest.get(a.requestId)?.includes(a.caseId)).length;
    } finally {
      await client.end();
    }
  }
  vafLatencies.sort((a, b) => a - b);
  conflictLatencies.sort((a, b) => a - b);
  const vafMutations = [...vafWins.values()].reduce((a, b) => a + b, 0);
  const result: WriteResult = {
    connections: o.connections,
    vaf: { seconds: round(vafSeconds, 1), mutations: vafMutations, mutationsPerSecond: round(vafMutations / vafSeconds, 1), p50Ms: round(percentile(vafLatencies, 50)), p99Ms: round(percentile(vafLatencies, 99)), errors: vafErrors, cases: panel.length },
    conflicts: {
      cases: screening.length,
      contenders: o.contenders,
      mutations: conflictLatencies.length,
      p50Ms: round(percentile(conflictLatencies, 50)),
      p99Ms: round(percentile(conflictLatencies, 99)),
      winners: [...winners.values()].reduce((a, b) => a + b, 0),
      conflictAnswers,
      otherErrors,
      casesWithOneWinner,
    },
    lostUpdates,
    alterationsRecorded,
    alterationsExpected: accepted.length,
    ok: false,
  };
  result.ok = vafErrors === 0 && otherErrors === 0 && casesWithOneWinner === screening.length && (lostUpdates ?? 0) === 0 && (alterationsRecorded === null || alterationsRecorded === accepted.length);
  return result;
}
