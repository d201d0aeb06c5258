/**
 * A Prevent statistics table as CSV, in the official release's layout: one header row, the
 * breakdown in the first column (an authority's or a phase's name beside its id), one row per
 * member and the total last, `[c]` for a suppressed cell, then a notes row naming the period and
 * the suppression threshold. `npm run report -- --format csv` and the web app's download both
 * build it here, so the same answer gives the same bytes. Plain code with no imports: the web app
 * bundles it.
 */

/** A count (`value`) or a median (`days`) as the API answers it. */
export interface CsvValue {
  value?: number | null;
  days?: number | null;
  suppressed: boolean;
}

export interface CsvNamed {
  id: string;
  name?: string | null;
}

/** One row of `preventStatistics` (the fields the CSV reads). */
export interface CsvRow {
  localAuthority?: CsvNamed | null;
  rolloutPhase?: CsvNamed | null;
  region?: string | null;
  referringSector?: string | null;
  typeOfConcern?: string | null;
  ageBand?: string | null;
  gender?: string | null;
  consentToSupport?: string | null;
  mentalHealthConcern?: string | null;
  ethnicity?: string | null;
  referrals: CsvValue;
  discussedAtPanel: CsvValue;
  adoptedAsChannelCase: CsvValue;
  noFurtherAction: CsvValue;
  signposted: CsvValue;
  supportedThroughChannel: CsvValue;
  closedAfterSupport: CsvValue;
  ddpCaseload: CsvValue;
  panelRate: CsvValue;
  adoptionRate: CsvValue;
  medianDaysToScreeningDecision: CsvValue;
  medianDaysToFirstPanel: CsvValue;
}

/** The report (`preventStatistics`) as the API answers it. */
export interface CsvReport<Row extends CsvRow = CsvRow> {
  period: string;
  periodStart: string;
  periodEnd: string;
  provisional: boolean;
  by: readonly string[];
  disclosureControl: string;
  suppressionThreshold: number;
  total: Row;
  rows: readonly Row[];
}

/** The API's breakdowns (`StatisticsDimension`) and the row field of each. */
export const STATISTICS_DIMENSIONS = {
  LOCAL_AUTHORITY: "localAuthority",
  REGION: "region",
  ROLLOUT_PHASE: "rolloutPhase",
  REFERRING_SECTOR: "referringSector",
  TYPE_OF_CONCERN: "typeOfConcern",
  AGE_BAND: "ageBand",
  GENDER: "gender",
  CONSENT_TO_SUPPORT: "consentToSupport",
  MENTAL_HEALTH_CONCERN: "mentalHealthConcern",
  ETHNICITY: "ethnicity",
} as const;
export type StatisticsDimensionName = keyof typeof STATISTICS_DIMENSIONS;

/** The `StatisticsFilter` fields, in the order the notes row names them. */
export const STATISTICS_FILTERS = [
  "localAuthorityId",
  "region",
  "rolloutPhaseId",
  "referringSector",
  "typeOfConcern",
  "ageBand",
  "gender",
  "consentToSupport",
  "mentalHealthConcern",
  "ethnicity",
] as const;
export type StatisticsFilterName = (typeof STATISTICS_FILTERS)[number];

/** The funnel's counts, in the release's order. */
export const COUNT_MEASURES = [
  "referrals",
  "discussedAtPanel",
  "adoptedAsChannelCase",
  "noFurtherAction",
  "signposted",
  "supportedThroughChannel",
  "closedAfterSupport",
  "ddpCaseload",
] as const;

/** Every value column, after the breakdown: the counts, the rates, the medians (in days). */
export const VALUE_COLUMNS = [...COUNT_MEASURES, "panelRate", "adoptionRate", "medianDaysToScreeningDecision", "medianDaysToFirstPanel"] as const;
export type ValueColumn = (typeof VALUE_COLUMNS)[number];

/** What a suppressed cell shows, as in the official tables (the statistics shorthand for confidential). */
export const SUPPRESSED = "[c]";
/** A rate or a median over no cases: the shorthand for not applicable. */
export const NOT_APPLICABLE = "[z]";

/** A value as the CSV shows it: `[c]` when suppressed, `[z]` when there is none (a rate over nothing), else the API's number. */
export function valueText(v: CsvValue | null | undefined): string {
  if (!v) return "";
  if (v.suppressed) return SUPPRESSED;
  const n = v.value ?? v.days;
  return n === null || n === undefined ? NOT_APPLICABLE : String(n);
}

const quote = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const line = (cells: readonly string[]): string => cells.map(quote).join(",");

interface Column {
  header: string;
  of: (row: CsvRow) => string;
}

/** The breakdown's columns: each dimension's member (an id or the API's code), and a name beside an authority's or a phase's id. */
function breakdownColumns(by: readonly string[]): Column[] {
  if (by.length === 0) return [{ header: "total", of: () => "Total" }];
  const columns: Column[] = [];
  for (const d of by) {
    const field = STATISTICS_DIMENSIONS[d as StatisticsDimensionName];
    if (!field) throw new Error(`statistics CSV: unknown dimension ${d}`);
    if (field === "localAuthority") {
      columns.push({ header: "localAuthority", of: (r) => r.localAuthority?.id ?? "" });
      columns.push({ header: "localAuthorityName", of: (r) => r.localAuthority?.name ?? "" });
    } else if (field === "rolloutPhase") {
      columns.push({ header: "rolloutPhase", of: (r) => r.rolloutPhase?.id ?? "(none)" });
      columns.push({ header: "rolloutPhaseName", of: (r) => r.rolloutPhase?.name ?? "" });
    } else {
      // An age band not known comes back null.
      columns.push({ header: field, of: (r) => r[field] ?? (field === "ageBand" ? "NOT_KNOWN" : "") });
    }
  }
  return columns;
}

/** `region=LONDON; typeOfConcern=ISLAMIST`, in the filter's own order, or "" for none. */
export function filterText(filter: Partial<Record<string, string | null | undefined>> = {}): string {
  return STATISTICS_FILTERS.filter((k) => filter[k]).map((k) => `${k}=${filter[k]}`).join("; ");
}

/** The notes row's text: the period, what is suppressed and from what threshold, the filter. */
export function statisticsNote(report: Omit<CsvReport, "total" | "rows">, filter: Partial<Record<string, string | null | undefined>> = {}): string {
  const period = `Period ${report.period} (${report.periodStart} to ${report.periodEnd})${report.provisional ? ", provisional: the numbers will change" : ""}.`;
  const control =
    report.disclosureControl === "SUPPRESSED"
      ? `${SUPPRESSED} suppressed: counts from 1 to ${report.suppressionThreshold - 1} (suppression threshold ${report.suppressionThreshold}), and the cells that would reveal them.`
      : `Not suppressed: your own authority's cases (the published tables suppress counts below ${report.suppressionThreshold}); do not publish.`;
  const narrowed = filterText(filter);
  return [period, control, `${NOT_APPLICABLE}: a rate or median over no cases.`, narrowed ? `Filter: ${narrowed}.` : ""].filter(Boolean).join(" ");
}

/** The report as CSV (header, rows, total, notes), `\n` line ends. */
export function statisticsCsv(report: CsvReport, filter: Partial<Record<string, string | null | undefined>> = {}): string {
  const breakdown = breakdownColumns(report.by);
  const header = [...breakdown.map((c) => c.header), ...VALUE_COLUMNS];
  const values = (row: CsvRow) => VALUE_COLUMNS.map((v) => valueText(row[v]));
  // Without a breakdown the API's one row is the total itself: printed once, as the total.
  const rows = report.by.length > 0 ? report.rows : [];
  const lines = [line(header), ...rows.map((row) => line([...breakdown.map((c) => c.of(row)), ...values(row)]))];
  lines.push(line([...breakdown.map((_, i) => (i === 0 ? "Total" : "")), ...values(report.total)]));
  lines.push(line(["Notes", statisticsNote(report, filter), ...new Array<string>(header.length - 2).fill("")]));
  return `${lines.join("\n")}\n`;
}

/** One period's total, for the year-on-year table. */
export interface CsvTrendPoint {
  period: string;
  provisional: boolean;
  disclosureControl: string;
  suppressionThreshold: number;
  total: Pick<CsvRow, (typeof COUNT_MEASURES)[number]>;
}

/** Year on year (one row per period, the period in the first column), in the same layout. */
export function trendCsv(points: readonly CsvTrendPoint[], filter: Partial<Record<string, string | null | undefined>> = {}): string {
  const header = ["period", ...COUNT_MEASURES];
  const lines = [line(header), ...points.map((p) => line([p.provisional ? `${p.period} (provisional)` : p.period, ...COUNT_MEASURES.map((m) => valueText(p.total[m]))]))];
  const first = points[0];
  const last = points.at(-1);
  const threshold = first?.suppressionThreshold ?? 0;
  const own = points.length > 0 && points.every((p) => p.disclosureControl !== "SUPPRESSED");
  const control = own
    ? `Not suppressed: your own authority's cases (the published tables suppress counts below ${threshold}); do not publish.`
    : `${SUPPRESSED} suppressed: counts from 1 to ${threshold - 1} (suppression threshold ${threshold}), and the cells that would reveal them.`;
  const narrowed = filterText(filter);
  const note = [first && last ? `Periods ${first.period} to ${last.period}, each financial year's total.` : "No periods.", control, narrowed ? `Filter: ${narrowed}.` : ""].filter(Boolean).join(" ");
  lines.push(line(["Notes", note, ...new Array<string>(header.length - 2).fill("")]));
  return `${lines.join("\n")}\n`;
}

/** A file name for the download: `prevent-statistics-2020-21-Q2-by-region-localAuthorityId-kirklees.csv`. */
export function statisticsFileName(period: string, by: readonly string[], filter: Partial<Record<string, string | null | undefined>> = {}): string {
  const parts = ["prevent-statistics", period.replace(/\s+/g, "-")];
  if (by.length > 0) parts.push("by", ...by.map((d) => STATISTICS_DIMENSIONS[d as StatisticsDimensionName] ?? d));
  for (const k of STATISTICS_FILTERS) if (filter[k]) parts.push(k, String(filter[k]));
  return `${parts.join("-").replace(/[^A-Za-z0-9_-]+/g, "-")}.csv`;
}
