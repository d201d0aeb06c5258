import { GeoLevel, type CubeLayout, type DimVector, type Term } from "./layout";

/**
 * DISCLOSURE CONTROL for one measure of a cube: which cells to suppress.
 *
 * Primary suppression: every count from 1 to threshold - 1. Zeros are published.
 *
 * Secondary suppression protects each suppressed cell with a pattern: a vector over cells,
 * built as a product of one vector per dimension (time, geography and each category), each of
 * which every equation of its dimension sends to zero (two members with opposite signs, or a
 * member and its total with the same sign). The product then satisfies every published
 * equation of the cube (`equations()` in layout.ts), so adding any multiple of it to the true
 * table changes no published number: a cell in the pattern cannot be recovered from totals,
 * from the quarters, or by subtracting any two queries, because every query reads this same
 * protected cube. We suppress the whole pattern.
 *
 * Counts cannot be negative, which an attacker may use too. A pattern may hold empty cells only
 * if they all carry the same sign: then moving one step along the pattern, in the direction
 * that fills them, keeps every cell non-negative, so every suppressed cell has at least two
 * values consistent with everything published.
 *
 * Patterns are chosen to cost little: cells already suppressed are free, empty and small cells
 * cheap, totals dear. One with no empty cell always exists (the cell's own totals, or for a
 * total the cells of one case it counts: `witness`); the search starts there and improves one
 * dimension at a time. Deterministic: the same table gives the same suppression.
 */

export const PUBLISHED = 0;
export const PRIMARY = 1;
export const SECONDARY = 2;

export interface ProtectOptions {
  /** Flows (referrals in the quarter) add up over quarters; stocks (caseload) do not. */
  timeAdditive: boolean;
  /**
   * For each cell, one finest-level record it counts (time part, authority unit, every
   * category code), or -1 for an empty cell. Lets the search start from a pattern with no zero.
   */
  witness: (cell: number) => Witness | null;
  /** Keep the patterns, for tests that check them against the equations. */
  keepPatterns?: boolean;
}

export interface Witness {
  t: number;
  authority: number;
  codes: readonly number[];
}

export interface Pattern {
  /** The suppressed cell the pattern protects. */
  target: number;
  cells: number[];
  signs: number[];
}

export interface Protection {
  /** Per cell: PUBLISHED, PRIMARY or SECONDARY. */
  status: Uint8Array;
  primary: number;
  secondary: number;
  patterns?: Pattern[];
}

/** What suppressing an empty cell costs: little information, but clutter. */
const EMPTY_COST = 12;

export function protect(layout: CubeLayout, values: Int32Array, threshold: number, options: ProtectOptions): Protection {
  const size = layout.size;
  const status = new Uint8Array(size);
  const covered = new Uint8Array(size);
  const cost = new Float64Array(size);
  const primaries: number[] = [];
  const coarseness = new Float64Array(size);
  for (let cell = 0; cell < size; cell++) {
    const v = values[cell]!;
    const { t, g, combo } = layout.decode(cell);
    const level = layout.geo.units[g]!.level;
    const geoCoarse = level === GeoLevel.ALL ? 2 : level === GeoLevel.AUTHORITY ? 0 : 1;
    coarseness[cell] = (layout.maxSpecified - layout.specifiedCount[combo]!) + geoCoarse + (t === 0 ? 1 : 0);
    if (v > 0 && v < threshold) {
      status[cell] = PRIMARY;
      primaries.push(cell);
    }
    // Totals are what readers use most: each level of aggregation makes a cell three times dearer.
    cost[cell] = status[cell] ? 0 : v === 0 ? EMPTY_COST : 1 + v * 3 ** coarseness[cell]!;
  }
  // Totals first: their patterns are the widest and give later cells free partners.
  primaries.sort((a, b) => coarseness[b]! - coarseness[a]! || values[a]! - values[b]! || a - b);

  const patterns: Pattern[] | undefined = options.keepPatterns ? [] : undefined;
  let secondary = 0;
  const search = new PatternSearch(layout, cost, values, options.timeAdditive);
  for (const cell of primaries) {
    if (covered[cell]) continue;
    const witness = options.witness(cell);
    if (!witness) throw new Error(`protect: cell ${cell} counts ${values[cell]} but has no witness`);
    const best = search.best(cell, witness);
    const pattern = search.support(best);
    for (let i = 0; i < pattern.cells.length; i++) {
      const c = pattern.cells[i]!;
      covered[c] = 1;
      if (status[c] === PUBLISHED) {
        status[c] = SECONDARY;
        cost[c] = 0;
        secondary++;
      }
    }
    patterns?.push({ target: cell, ...pattern });
  }
  return { status, primary: primaries.length, secondary, patterns };
}

/** A choice of one vector per dimension: time, geography, then each category. */
export type Choice = DimVector[];

export class PatternSearch {
  private readonly dims: number;
  /** The current cell's coarse geographic options (valid only away from authorities). */
  private coarse: ReadonlySet<DimVector> = new Set();

  constructor(
    private readonly layout: CubeLayout,
    private readonly cost: Float64Array,
    private readonly values: Int32Array,
    private readonly timeAdditive: boolean,
  ) {
    this.dims = layout.dims;
  }

  best(cell: number, witness: Witness): Choice {
    const { t, g, combo } = this.layout.decode(cell);
    const codes = this.layout.codesOf(combo);
    const coarse = this.layout.geo.coarseOptions(g);
    const candidates: DimVector[][] = [this.timeOptions(t), [...this.layout.geo.nullOptions(g), ...coarse], ...codes.map((c, d) => this.catOptions(c, d))];
    this.coarse = new Set(coarse);
    // Start from a pattern made of the witness's own cells: never a zero.
    const start: Choice = [
      this.timeAdditive ? (t > 0 ? [[t, 1], [0, 1]] : [[0, 1], [witness.t, 1]]) : [[t, 1]],
      this.layout.geo.chain(witness.authority),
      ...codes.map((c, d): DimVector => (c > 0 ? [[c, 1], [0, 1]] : [[0, 1], [witness.codes[d]!, 1]])),
    ];
    const first = this.descend(start, candidates);
    // A second start, away from the totals: each set category paired with its largest sibling,
    // each quarter with the largest other quarter, and the cheapest geography for that.
    const largest = (options: readonly DimVector[], at: (code: number) => number) =>
      options.reduce((best, o) => (o.length === 2 && o[1]![1] === -1 && at(o[1]![0]) > at(best[1]![0]) ? o : best), options[0]!);
    const valueAt = (tt: number, cs: readonly number[]) => this.values[this.layout.cell(tt, g, this.layout.combo(cs))]!;
    const second: Choice = [
      this.timeAdditive && t > 0 ? largest(candidates[0]!, (q) => (q > 0 ? valueAt(q, codes) : -1)) : start[0]!,
      start[1]!,
      ...codes.map((c, d): DimVector => (c > 0 ? largest(candidates[d + 2]!, (m) => valueAt(t, codes.map((x, i) => (i === d ? m : x)))) : start[d + 2]!)),
    ];
    let bestGeo = Infinity;
    for (const option of candidates[1]!) {
      const trial: Choice = [...second];
      trial[1] = option;
      const c = this.evaluate(trial, bestGeo);
      if (c < bestGeo) {
        bestGeo = c;
        second[1] = option;
      }
    }
    if (bestGeo === Infinity) return first.choice;
    const other = this.descend(second, candidates);
    return other.cost < first.cost ? other.choice : first.choice;
  }

  /**
   * Steepest descent: at each step, the one change of one dimension's vector that lowers the
   * cost most. (Taking the first improvement instead drifts into cheap empty cells that then
   * block the big saving, such as leaving a national total out.)
   */
  private descend(choice: Choice, candidates: readonly DimVector[][]): { choice: Choice; cost: number } {
    let bestCost = this.evaluate(choice);
    for (let step = 0; step < 8; step++) {
      let move: { d: number; option: DimVector } | null = null;
      for (let d = 0; d < candidates.length; d++) {
        const kept = choice[d]!;
        for (const option of candidates[d]!) {
          if (option === kept) continue;
          choice[d] = option;
          const c = this.evaluate(choice, bestCost);
          if (c < bestCost) {
            bestCost = c;
            move = { d, option };
          }
        }
        choice[d] = kept;
      }
      if (!move) break;
      choice[move.d] = move.option;
    }
    return { choice, cost: bestCost };
  }

  /** The cells (with signs) of the product of the chosen vectors that exist in the cube. */
  support(choice: Choice): { cells: number[]; signs: number[] } {
    const cells: number[] = [];
    const signs: number[] = [];
    this.forEachCell(choice, (cell, sign) => {
      cells.push(cell);
      signs.push(sign);
      return false;
    });
    return { cells, signs };
  }

  evaluate(choice: Choice, limit = Infinity): number {
    let total = 0;
    if (this.coarse.has(choice[1]!) && this.touchesAuthorities(choice)) return Infinity;
    let emptySign = 0;
    this.forEachCell(choice, (cell, sign) => {
      if (this.values[cell] === 0) {
        // Empty cells of both signs would pin the pattern: it could not move either way.
        if (emptySign !== 0 && emptySign !== sign) {
          total = Infinity;
          return true;
        }
        emptySign = sign;
      }
      total += this.cost[cell]!;
      return total >= limit;
    });
    return total;
  }

  /**
   * Does the pattern have a combination authorities have too? Then every geographic equation
   * binds it, and a coarse geographic vector (which ignores authorities) does not balance.
   */
  private touchesAuthorities(choice: Choice): boolean {
    return this.combosOf(choice).some(([combo]) => this.layout.specifiedCount[combo]! <= this.layout.authorityMaxSpecified);
  }

  private combosOf(choice: Choice): [number, number][] {
    const layout = this.layout;
    const combos: [number, number][] = [];
    const codes = new Array<number>(this.dims).fill(0);
    const walk = (d: number, sign: number, set: number) => {
      if (set > layout.maxSpecified) return;
      if (d === this.dims) {
        combos.push([layout.combo(codes), sign]);
        return;
      }
      for (const [code, s] of choice[d + 2]!) {
        codes[d] = code;
        walk(d + 1, sign * s, set + (code > 0 ? 1 : 0));
      }
    };
    walk(0, 1, 0);
    return combos;
  }

  /** Visits the pattern's cells (those the cube has); stops early when `visit` returns true. */
  private forEachCell(choice: Choice, visit: (cell: number, sign: number) => boolean): void {
    const layout = this.layout;
    const combos = this.combosOf(choice);
    for (const [t, st] of choice[0]! as Term[]) {
      for (const [g, sg] of choice[1]! as Term[]) {
        for (const [combo, sc] of combos) {
          if (!layout.exists(g, combo)) continue;
          if (visit(layout.cell(t, g, combo), st * sg * sc)) return;
        }
      }
    }
  }

  private timeOptions(t: number): DimVector[] {
    const parts = this.layout.timeParts;
    if (!this.timeAdditive || parts === 0) return [[[t, 1]]];
    const out: DimVector[] = [];
    if (t > 0) {
      for (let q = 1; q <= parts; q++) if (q !== t) out.push([[t, 1], [q, -1]]);
      out.push([[t, 1], [0, 1]]);
    } else {
      for (let q = 1; q <= parts; q++) out.push([[0, 1], [q, 1]]);
    }
    return out;
  }

  private catOptions(code: number, d: number): DimVector[] {
    const n = this.layout.catSizes[d]!;
    const out: DimVector[] = [];
    if (code > 0) {
      for (let m = 1; m <= n; m++) if (m !== code) out.push([[code, 1], [m, -1]]);
      out.push([[code, 1], [0, 1]]);
    } else {
      for (let m = 1; m <= n; m++) out.push([[0, 1], [m, 1]]);
    }
    return out;
  }
}
