import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SUPPRESSED, type CsvTrendPoint } from "../../../../common/statistics-csv";
import { FUNNEL, breakdownLabel, drawable, memberLabel, type Breakdown } from "./dimensions";
import type { StatisticsReport } from "./statistics-page";

/**
 * The statistics' charts (recharts, loaded after the tables). A suppressed value is not drawn:
 * its bar or point is missing and its label says `[c] suppressed`. Nothing is drawn that would
 * give it away either: no total bar beside its parts, no stacking, no difference.
 */

// The Design System's palette, with a different dash per line for readers who cannot tell the colours apart.
const SERIES = [
  { key: "referrals", label: "Referrals", colour: "#1d70b8", dash: undefined },
  { key: "discussedAtPanel", label: "Discussed at panel", colour: "#f47738", dash: "6 3" },
  { key: "adoptedAsChannelCase", label: "Adopted as a Channel case", colour: "#00703c", dash: "2 2" },
] as const;

type SeriesKey = (typeof SERIES)[number]["key"];

export type ChartsProps = { kind: "breakdown"; report: StatisticsReport; breakdown: Breakdown } | { kind: "funnel"; report: StatisticsReport; breakdown: null } | { kind: "trend"; points: readonly CsvTrendPoint[] };

export default function StatisticsCharts(props: ChartsProps) {
  if (props.kind === "breakdown") return <BreakdownChart report={props.report} breakdown={props.breakdown} />;
  if (props.kind === "funnel") return <FunnelChart report={props.report} />;
  return <TrendChart points={props.points} />;
}

interface Datum {
  name: string;
  /** Set when one of the drawn values is suppressed: the label says so. */
  suppressed: boolean;
  referrals?: number | null;
  discussedAtPanel?: number | null;
  adoptedAsChannelCase?: number | null;
  value?: number | null;
}

/** A long label in lines of at most `width` characters, broken between words. */
function wrap(text: string, width = 30): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A category's label, with `[c] suppressed` under it when one of its values is not drawn. */
function CategoryTick({ x, y, payload, data }: { x?: number | string; y?: number | string; payload?: { value?: string }; data: readonly Datum[] }) {
  const datum = data.find((d) => d.name === payload?.value);
  const lines = [...wrap(payload?.value ?? "").map((text) => ({ text, suppressed: false })), ...(datum?.suppressed ? [{ text: `${SUPPRESSED} suppressed`, suppressed: true }] : [])];
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fill="#0b0c0c" fontSize={13} dy={4 - ((lines.length - 1) * 15) / 2}>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : 15} fill={line.suppressed ? "#484949" : undefined}>
          {line.text}
        </tspan>
      ))}
    </text>
  );
}

/** A year under the line chart, slanted so nine of them fit; `[c]` under it when one of its values is not drawn. */
function YearTick({ x, y, payload, data }: { x?: number | string; y?: number | string; payload?: { value?: string }; data: readonly Datum[] }) {
  const datum = data.find((d) => d.name === payload?.value);
  return (
    <g transform={`translate(${Number(x)},${Number(y)}) rotate(-40)`}>
      <text x={0} y={0} dy={10} textAnchor="end" fill="#0b0c0c" fontSize={12}>
        {payload?.value}
        {datum?.suppressed ? ` ${SUPPRESSED} suppressed` : ""}
      </text>
    </g>
  );
}

function Figure({ label, caption, children }: { label: string; caption: string; children: React.ReactNode }) {
  return (
    <figure className="app-chart">
      {/* The table beside the chart is its accessible equivalent: the chart is one image to a screen reader. */}
      <div role="img" aria-label={label}>
        {children}
      </div>
      <figcaption className="govuk-body-s app-chart__caption">{caption}</figcaption>
    </figure>
  );
}

function BreakdownChart({ report, breakdown }: { report: StatisticsReport; breakdown: Breakdown }) {
  // Many members (authorities): referrals alone, so the chart stays readable.
  const series = report.rows.length > 12 ? SERIES.slice(0, 1) : SERIES;
  const data: Datum[] = report.rows.map((row) => {
    const datum: Datum = { name: memberLabel(breakdown, row), suppressed: series.some((s) => row[s.key].suppressed) };
    for (const s of series) datum[s.key as SeriesKey] = drawable(row[s.key]);
    return datum;
  });
  const height = Math.max(220, data.length * (series.length * 14 + 22) + 80);
  const what = breakdownLabel(breakdown).toLowerCase();
  return (
    <Figure label={`Bar chart: ${series.map((s) => s.label.toLowerCase()).join(", ")} by ${what}, ${report.period}. The same numbers are in the table below.`} caption={`${series.map((s) => s.label).join(", ")} by ${what}. Suppressed values ([c]) are not drawn.`}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={220} interval={0} tick={(props: object) => <CategoryTick {...props} data={data} />} />
          <Tooltip formatter={(value) => (value === null || value === undefined ? `${SUPPRESSED} suppressed` : String(value))} />
          <Legend />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Figure>
  );
}

function FunnelChart({ report }: { report: StatisticsReport }) {
  const data: Datum[] = FUNNEL.map((f) => ({ name: f.label, value: drawable(report.total[f.measure]), suppressed: report.total[f.measure].suppressed }));
  return (
    <Figure label={`Bar chart: the period's referrals from referral to outcome, ${report.period}. The same numbers are in the table beside it.`} caption="From referral to outcome. Suppressed values ([c]) are not drawn.">
      <ResponsiveContainer width="100%" height={FUNNEL.length * 44 + 60}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={200} interval={0} tick={(props: object) => <CategoryTick {...props} data={data} />} />
          <Tooltip formatter={(value) => (value === null || value === undefined ? `${SUPPRESSED} suppressed` : String(value))} />
          <Bar dataKey="value" name="Referrals" fill="#1d70b8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Figure>
  );
}

function TrendChart({ points }: { points: readonly CsvTrendPoint[] }) {
  const data: Datum[] = points.map((p) => {
    const datum: Datum = { name: p.provisional ? `${p.period}*` : p.period, suppressed: SERIES.some((s) => p.total[s.key].suppressed) };
    for (const s of SERIES) datum[s.key] = drawable(p.total[s.key]);
    return datum;
  });
  const provisional = points.some((p) => p.provisional);
  return (
    <Figure
      label="Line chart: referrals, discussed at panel and adopted as a Channel case, each financial year. The same numbers are in the table beside it."
      caption={`Each financial year's total.${provisional ? " * The current year, provisional." : ""} A suppressed value ([c]) leaves a gap in its line.`}
    >
      <ResponsiveContainer width="100%" height={380}>
        <LineChart data={data} margin={{ top: 8, right: 40, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} height={data.some((d) => d.suppressed) ? 110 : 60} tick={(props: object) => <YearTick {...props} data={data} />} />
          <YAxis allowDecimals={false} />
          <Tooltip formatter={(value) => (value === null || value === undefined ? `${SUPPRESSED} suppressed` : String(value))} />
          <Legend />
          {SERIES.map((s) => (
            <Line key={s.key} type="linear" dataKey={s.key} name={s.label} stroke={s.colour} strokeDasharray={s.dash} strokeWidth={2} connectNulls={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Figure>
  );
}
