import { protect, protectAsync, type Protection, type ProtectOptions, type Witness } from "./protect";
import type { CubeLayout } from "./layout";

/**
 * One group of the finest GROUP BY: an authority, a member of every categorical dimension, and
 * per measure the count in each time part (index 0 the whole period).
 */
export interface FineRow {
  authority: number;
  codes: readonly number[];
  counts: readonly (readonly number[])[];
}

export interface MeasureSpec {
  /** Flows add up over quarters; stocks do not. */
  timeAdditive: boolean;
}

/**
 * Every cell of the cube for every measure, summed from the finest groups (each group adds to
 * its own cell and each of its totals), and suppressed on first need.
 */
export class Cube {
  readonly values: Int32Array[];
  private readonly witnesses: Int32Array[];
  private readonly protections: (Protection | undefined)[];
  private readonly pending: (Promise<Protection> | undefined)[];

  constructor(
    readonly layout: CubeLayout,
    readonly measures: readonly MeasureSpec[],
    private readonly rows: readonly FineRow[],
    /** Counts from 1 to threshold - 1 are suppressed. */
    readonly threshold: number,
    /** Keep each measure's patterns (tests check them against the equations). */
    private readonly keepPatterns = false,
  ) {
    const size = layout.size;
    this.values = measures.map(() => new Int32Array(size));
    this.witnesses = measures.map(() => new Int32Array(size).fill(-1));
    this.protections = measures.map(() => undefined);
    this.pending = measures.map(() => undefined);
    const subsets = dimensionSubsets(layout.dims, layout.maxSpecified).filter((subset) => layout.hasSet(Array.from({ length: layout.dims }, (_, d) => subset.includes(d))));
    const codes = new Array<number>(layout.dims);
    rows.forEach((row, index) => {
      const geo = layout.geo;
      const units = [row.authority, geo.regionOf[row.authority]!, geo.phaseOf[row.authority]!, 0];
      const combos = subsets.map((subset) => {
        codes.fill(0);
        for (const d of subset) codes[d] = row.codes[d]!;
        return layout.combo(codes);
      });
      measures.forEach((_, m) => {
        const perTime = row.counts[m]!;
        const values = this.values[m]!;
        const witness = this.witnesses[m]!;
        for (let t = 0; t < perTime.length; t++) {
          const n = perTime[t]!;
          if (n === 0) continue;
          for (const g of units) {
            for (const combo of combos) {
              if (!layout.exists(g, combo)) continue;
              const cell = layout.cell(t, g, combo);
              values[cell]! += n;
              if (witness[cell] === -1) witness[cell] = index;
            }
          }
        }
      });
    });
  }

  /** Suppression status per cell of a measure (computed once). */
  protection(measure: number): Protection {
    let p = this.protections[measure];
    if (!p) {
      p = protect(this.layout, this.values[measure]!, this.threshold, this.protectOptions(measure));
      this.protections[measure] = p;
      this.pending[measure] = Promise.resolve(p);
    }
    return p;
  }

  /** The same, computed in slices that let other requests through (shared by concurrent callers). */
  protectionAsync(measure: number): Promise<Protection> {
    let pending = this.pending[measure];
    if (!pending) {
      pending = protectAsync(this.layout, this.values[measure]!, this.threshold, this.protectOptions(measure)).then((p) => {
        this.protections[measure] ??= p;
        return this.protections[measure]!;
      });
      this.pending[measure] = pending;
    }
    return pending;
  }

  private protectOptions(measure: number): ProtectOptions {
    const witness = this.witnesses[measure]!;
    return {
      timeAdditive: this.measures[measure]!.timeAdditive,
      keepPatterns: this.keepPatterns,
      witness: (cell): Witness | null => {
        const index = witness[cell]!;
        if (index < 0) return null;
        const row = this.rows[index]!;
        const { t } = this.layout.decode(cell);
        const counts = row.counts[measure]!;
        const part = t > 0 ? t : Math.max(1, counts.findIndex((n, i) => i > 0 && n > 0));
        return { t: part, authority: row.authority, codes: row.codes };
      },
    };
  }
}

/** Subsets of {0..dims-1} with at most `max` members. */
export function dimensionSubsets(dims: number, max: number): number[][] {
  const out: number[][] = [];
  for (let mask = 0; mask < 1 << dims; mask++) {
    const subset: number[] = [];
    for (let d = 0; d < dims; d++) if (mask & (1 << d)) subset.push(d);
    if (subset.length <= max) out.push(subset);
  }
  return out;
}
