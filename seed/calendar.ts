/**
 * Calendar arithmetic on whole UTC days (days since 1970-01-01): cheap integers while generating,
 * formatted once as `YYYY-MM-DD` dates or ISO instants.
 */

// Module-scope copies: global lookups are slow inside vm contexts such as jest's.
const floor = Math.floor;
const utc = Date.UTC;
const parse = Date.parse;
const DateCtor = Date;

const MS_PER_DAY = 86_400_000;

export function dayOf(date: string): number {
  return floor(parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

export function dayFromParts(year: number, month: number, day: number): number {
  return floor(utc(year, month - 1, day) / MS_PER_DAY);
}

const CACHE_BASE = dayFromParts(1930, 1, 1);
const CACHE_SIZE = 60_000;
const cache: string[] = [];

/** `YYYY-MM-DD` of a day number (memoised: the world reuses a few thousand distinct days). */
export function isoDate(day: number): string {
  const slot = day - CACHE_BASE;
  if (slot >= 0 && slot < CACHE_SIZE) {
    const hit = cache[slot];
    if (hit !== undefined) return hit;
    return (cache[slot] = new DateCtor(day * MS_PER_DAY).toISOString().slice(0, 10));
  }
  return new DateCtor(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : `${value}`);
const TIMES: readonly string[] = Array.from(
  { length: 24 * 60 },
  (_, minute) => `T${pad2(floor(minute / 60))}:${pad2(minute % 60)}:00.000Z`,
);

/** ISO instant on `day` at `minuteOfDay` minutes past midnight UTC. */
export function isoInstant(day: number, minuteOfDay: number): string {
  return isoDate(day) + TIMES[minuteOfDay];
}

export function yearOf(day: number): number {
  return +isoDate(day).slice(0, 4);
}

/** Whole years between a `YYYY-MM-DD` birth date and a `YYYY-MM-DD` (or ISO instant) date. */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = +on.slice(0, 4) - +dateOfBirth.slice(0, 4);
  return on.slice(5, 10) < dateOfBirth.slice(5, 10) ? years - 1 : years;
}
