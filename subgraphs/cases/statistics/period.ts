import { BadUserInputError } from "../../../common/errors";

export interface Span {
  /** First instant, inclusive. */
  from: Date;
  /** Last instant, exclusive. */
  to: Date;
}

/** A reporting period: a financial year (`2018-19`, April to March) or one of its quarters (`2018-19 Q1`). */
export interface Period extends Span {
  label: string;
  /** The financial year the period is in: statistics are protected a year at a time, quarters included. */
  year: string;
  /** 0 for the whole year, else 1 to 4 (quarter 1 is April to June). */
  quarter: number;
}

const FORMAT = /^(\d{4})-(\d{2})(?:\s+Q([1-4]))?$/;

export function parsePeriod(value: string, field = "period"): Period {
  const m = FORMAT.exec(value.trim());
  const start = m ? Number(m[1]) : NaN;
  if (!m || (start + 1) % 100 !== Number(m[2]) || start < 2000 || start > 2100) {
    throw new BadUserInputError("period is a financial year such as 2018-19, or a quarter of one such as 2018-19 Q2", field);
  }
  const year = `${m[1]}-${m[2]}`;
  const quarter = m[3] ? Number(m[3]) : 0;
  const span = quarter ? quartersOf(start)[quarter - 1]! : yearSpan(start);
  return { label: quarter ? `${year} Q${quarter}` : year, year, quarter, ...span };
}

function yearSpan(start: number): Span {
  return { from: new Date(Date.UTC(start, 3, 1)), to: new Date(Date.UTC(start + 1, 3, 1)) };
}

/** The four quarters of the financial year starting in April of `start`. */
export function quartersOf(start: number): Span[] {
  return [0, 1, 2, 3].map((q) => ({ from: new Date(Date.UTC(start, 3 + q * 3, 1)), to: new Date(Date.UTC(start, 6 + q * 3, 1)) }));
}

/** The year and its quarters, for building the year's cube. */
export function yearOf(period: Period): { year: Span; quarters: Span[] } {
  const start = Number(period.year.slice(0, 4));
  return { year: yearSpan(start), quarters: quartersOf(start) };
}
