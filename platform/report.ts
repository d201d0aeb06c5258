/**
 * `npm run report`: a Prevent statistics report through the gateway, as the board secretariat
 * runs it, printed as CSV (suppressed counts shown `[c]`, as in official statistics) or JSON.
 */

export const DIMENSIONS: Readonly<Record<string, string>> = {
  localAuthority: "LOCAL_AUTHORITY",
  region: "REGION",
  rolloutPhase: "ROLLOUT_PHASE",
  referringSector: "REFERRING_SECTOR",
  typeOfConcern: "TYPE_OF_CONCERN",
  ageBand: "AGE_BAND",
  gender: "GENDER",
  consentToSupport: "CONSENT_TO_SUPPORT",
  mentalHealthConcern: "MENTAL_HEALTH_CONCERN",
  ethnicity: "ETHNICITY",
};

const FILTERS = ["localAuthorityId", "region", "rolloutPhaseId", "referringSector", "typeOfConcern", "ageBand", "gender", "consentToSupport", "mentalHealthConcern", "ethnicity"] as const;

export const MEASURES = [
  "referrals",
  "discussedAtPanel",
  "adoptedAsChannelCase",
  "noFurtherAction",
  "signposted",
  "supportedThroughChannel",
  "closedAfterSupport",
  "ddpCaseload",
] as const;

export const USAGE = `usage: npm run --silent report -- --period 2018-19 [--by region,typeOfConcern] [--format csv|json]
                                 [--filter name=VALUE]... [--token TOKEN] [--gateway URL]
  --period   a financial year (2018-19) or a quarter of one ("2018-19 Q2")
  --by       up to one of localAuthority, region, rolloutPhase and two of referringSector,
             typeOfConcern, ageBand, gender, or one of consentToSupport, mentalHealthConcern,
             ethnicity (comma-separated)
  --filter   ${FILTERS.join(", ")} (repeatable), e.g. --filter region=LONDON
  --format   csv (default) or json
  --token    a bearer token (or REPORT_TOKEN); on the development issuer, the board-member persona`;

export class ReportUsageError extends Error {}

export interface ReportOptions {
  period: string;
  by: string[];
  filter: Record<string, string>;
  format: "csv" | "json";
  token?: string;
  gateway?: string;
}

/** Parses the command line; a ReportUsageError names what is wrong. */
export function parseReportArgs(argv: readonly string[]): ReportOptions {
  const args = [...argv];
  const options: ReportOptions = { period: "", by: [], filter: {}, format: "csv" };
  while (args.length > 0) {
    const name = args.shift()!;
    const value = args.shift();
    if (value === undefined || value.startsWith("--")) throw new ReportUsageError(`${name} needs a value`);
    switch (name) {
      case "--period":
        options.period = value;
        break;
      case "--by":
        options.by = value.split(",").map((d) => d.trim()).filter(Boolean);
        for (const d of options.by) if (!DIMENSIONS[d]) throw new ReportUsageError(`--by: unknown dimension ${JSON.stringify(d)} (one of ${Object.keys(DIMENSIONS).join(", ")})`);
        break;
      case "--filter": {
        const [key, ...rest] = value.split("=");
        if (!FILTERS.includes(key as (typeof FILTERS)[number]) || rest.length === 0 || rest.join("=") === "") {
          throw new ReportUsageError(`--filter takes name=VALUE with a name among ${FILTERS.join(", ")}`);
        }
        options.filter[key!] = rest.join("=");
        break;
      }
      case "--format":
        if (value !== "csv" && value !== "json") throw new ReportUsageError("--format is csv or json");
        options.format = value;
        break;
      case "--token":
        options.token = value;
        break;
      case "--gateway":
        options.gateway = value;
        break;
      default:
        throw new ReportUsageError(`unknown option ${name}`);
    }
  }
  if (!options.period) throw new ReportUsageError("--period is required");
  return options;
}

const COUNT = "{ value suppressed }";
const ROW = `localAuthority { id name } region rolloutPhase { id name } referringSector typeOfConcern ageBand gender consentToSupport mentalHealthConcern ethnicity
  ${MEASURES.map((m) => `${m} ${COUNT}`).join(" ")}
  panelRate ${COUNT} adoptionRate ${COUNT} medianDaysToScreeningDecision { days suppressed } medianDaysToFirstPanel { days suppressed }`;

export const REPORT_QUERY = `query PreventStatisticsReport($period: String!, $by: [StatisticsDimension!], $filter: StatisticsFilter) {
  preventStatistics(period: $period, by: $by, filter: $filter) {
    period periodStart periodEnd provisional by disclosureControl suppressionThreshold computedAt
    total { ${ROW} }
    rows { ${ROW} }
  }
}`;

interface Value {
  value?: number | null;
  days?: number | null;
  suppressed: boolean;
}

export type ReportRow = Record<string, unknown> & {
  localAuthority: { id: string; name: string | null } | null;
  rolloutPhase: { id: string; name: string | null } | null;
};

export interface Report {
  period: string;
  periodStart: string;
  periodEnd: string;
  provisional: boolean;
  by: string[];
  disclosureControl: string;
  suppressionThreshold: number;
  computedAt: string;
  total: ReportRow;
  rows: ReportRow[];
}

export class ReportError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    /** Set when the gateway says to come back later. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/**
 * Runs the report through the gateway. A year not yet computed answers SERVICE_UNAVAILABLE with
 * `retryAfterSeconds`: the report waits and asks again, a few times.
 */
export async function fetchReport(gateway: string, token: string, options: ReportOptions, attempts = 6): Promise<Report> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchReportOnce(gateway, token, options);
    } catch (err) {
      const retryAfter = err instanceof ReportError ? err.retryAfterSeconds : undefined;
      if (attempt >= attempts || retryAfter === undefined) throw err;
      await new Promise((resolve) => setTimeout(resolve, Math.min(retryAfter, 30) * 1000));
    }
  }
}

async function fetchReportOnce(gateway: string, token: string, options: ReportOptions): Promise<Report> {
  const res = await fetch(gateway, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: REPORT_QUERY,
      operationName: "PreventStatisticsReport",
      variables: { period: options.period, by: options.by.map((d) => DIMENSIONS[d]), filter: Object.keys(options.filter).length > 0 ? options.filter : null },
    }),
  });
  let body: { data?: { preventStatistics: Report | null } | null; errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ReportError(`The gateway answered ${res.status} without a GraphQL body`, undefined);
  }
  const error = body.errors?.[0];
  if (error) {
    const retry = error.extensions?.code === "SERVICE_UNAVAILABLE" && typeof error.extensions.retryAfterSeconds === "number" ? error.extensions.retryAfterSeconds : undefined;
    throw new ReportError(error.message, error.extensions?.code, retry);
  }
  if (!body.data?.preventStatistics) throw new ReportError(`The gateway answered ${res.status} with no report`, undefined);
  return body.data.preventStatistics;
}

const cell = (v: Value | null | undefined): string => {
  if (!v) return "";
  if (v.suppressed) return "[c]";
  const n = v.value ?? v.days;
  return n === null || n === undefined ? "" : String(n);
};

const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The dimension columns of a row: names beside ids, so the sheet reads without a lookup. */
function dimensionColumns(by: readonly string[]): { header: string; of: (row: ReportRow) => string }[] {
  const columns: { header: string; of: (row: ReportRow) => string }[] = [];
  for (const d of by) {
    if (d === "LOCAL_AUTHORITY") {
      columns.push({ header: "localAuthority", of: (r) => r.localAuthority?.id ?? "" });
      columns.push({ header: "localAuthorityName", of: (r) => r.localAuthority?.name ?? "" });
    } else if (d === "ROLLOUT_PHASE") {
      columns.push({ header: "rolloutPhase", of: (r) => r.rolloutPhase?.id ?? "(none)" });
      columns.push({ header: "rolloutPhaseName", of: (r) => r.rolloutPhase?.name ?? "" });
    } else {
      const key = Object.entries(DIMENSIONS).find(([, v]) => v === d)![0];
      columns.push({ header: key, of: (r) => (r[key] as string | null) ?? (key === "ageBand" ? "NOT_KNOWN" : "") });
    }
  }
  return columns;
}

export function toCsv(report: Report): string {
  const dims = dimensionColumns(report.by);
  const values = [...MEASURES, "panelRate", "adoptionRate", "medianDaysToScreeningDecision", "medianDaysToFirstPanel"];
  const header = ["period", ...dims.map((d) => d.header), ...values];
  const line = (row: ReportRow, total: boolean) =>
    [report.period, ...dims.map((d, i) => (total ? (i === 0 ? "Total" : "") : d.of(row))), ...values.map((v) => cell(row[v] as Value))].map(quote).join(",");
  return [header.join(","), ...report.rows.map((r) => line(r, false)), ...(report.by.length > 0 ? [line(report.total, true)] : [])].join("\n") + "\n";
}

export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** What the secretariat is told beside the numbers. */
export function reportNote(report: Report): string {
  const control =
    report.disclosureControl === "SUPPRESSED"
      ? `counts from 1 to ${report.suppressionThreshold - 1}, and the cells that would reveal them, are suppressed ([c])`
      : "your own authority's cases, unsuppressed: do not publish";
  return `Prevent statistics ${report.period} (${report.periodStart} to ${report.periodEnd})${report.provisional ? ", provisional" : ""}: ${control}; computed ${report.computedAt}.`;
}
