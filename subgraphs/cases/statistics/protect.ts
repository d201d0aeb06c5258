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

/** Marks a partial combination that sets a solo dimension (crossed with no other). */
const SOLO = 16;

/** What suppressing an empty cell costs: little information, but clutter. */
const EMPTY_COST = 12;

export function protect(layout: CubeLayout, values: Int32Array, threshold: number, options: ProtectOptions): Protection {
  const protector = new Protector(layout, values, threshold, options);
  protector.run(Infinity);
  return protector.result();
}

/**
 * The same, in slices of `sliceMs` with the event loop let through between them: a cold year
 * takes seconds, and the service keeps answering other requests meanwhile.
 */
export async function protectAsync(layout: CubeLayout, values: Int32Array, threshold: number, options: ProtectOptions, sliceMs = 20): Promise<Protection> {
  const protector = new Protector(layout, values, threshold, options);
  while (!protector.run(sliceMs)) await new Promise((resolve) => setImmediate(resolve));
  return protector.result();
}

class Protector {
  private readonly status: Uint8Array;
  private readonly covered: Uint8Array;
  private readonly cost: Float64Array;
  private readonly primaries: number[] = [];
  private readonly patterns: Pattern[] | undefined;
  private readonly search: PatternSearch;
  private next = 0;
  private secondary = 0;

  constructor(
    layout: CubeLayout,
    private readonly values: Int32Array,
    threshold: number,
    private readonly options: ProtectOptions,
  ) {
    const size = layout.size;
    this.status = new Uint8Array(size);
    this.covered = new Uint8Array(size);
    this.cost = new Float64Array(size);
    const coarseness = new Float64Array(size);
    for (let cell = 0; cell < size; cell++) {
      const v = values[cell]!;
      const { t, g, combo } = layout.decode(cell);
      const level = layout.geo.units[g]!.level;
      const geoCoarse = level === GeoLevel.ALL ? 2 : level === GeoLevel.AUTHORITY ? 0 : 1;
      coarseness[cell] = layout.maxSpecified - layout.specifiedCount[combo]! + geoCoarse + (t === 0 ? 1 : 0);
      if (v > 0 && v < threshold) {
        this.status[cell] = PRIMARY;
        this.primaries.push(cell);
      }
      // Totals are what readers use most: each level of aggregation makes a cell three times dearer.
      this.cost[cell] = this.status[cell] ? 0 : v === 0 ? EMPTY_COST : 1 + v * 3 ** coarseness[cell]!;
    }
    // Totals first: their patterns are the widest and give later cells free partners.
    this.primaries.sort((a, b) => coarseness[b]! - coarseness[a]! || values[a]! - values[b]! || a - b);
    this.patterns = options.keepPatterns ? [] : undefined;
    this.search = new PatternSearch(layout, this.cost, values, options.timeAdditive);
  }

  /** Protects primaries for up to `ms`; true when all are protected. */
  run(ms: number): boolean {
    const until = ms === Infinity ? Infinity : Date.now() + ms;
    while (this.next < this.primaries.length) {
      const cell = this.primaries[this.next++]!;
      if (this.covered[cell]) continue;
      const witness = this.options.witness(cell);
      if (!witness) throw new Error(`protect: cell ${cell} counts ${this.values[cell]} but has no witness`);
      const pattern = this.search.support(this.search.best(cell, witness));
      for (const c of pattern.cells) {
        this.covered[c] = 1;
        if (this.status[c] === PUBLISHED) {
          this.status[c] = SECONDARY;
          this.cost[c] = 0;
          this.secondary++;
        }
      }
      this.patterns?.push({ target: cell, ...pattern });
      if (Date.now() >= until) return this.next >= this.primaries.length;
    }
    return true;
  }

  result(): Protection {
    return { status: this.status, primary: this.primaries.length, secondary: this.secondary, patterns: this.patterns };
  }
}

/** A choice of one vector per dimension: time, geography, then each category. */
export type Choice = DimVector[];

export class PatternSearch {
  private readonly dims: number;
  /** The current cell's coarse geographic options (valid only away from authorities). */
  private coarse: ReadonlySet<DimVector> = new Set();
  // Scratch space for evaluations (the search runs them by the hundred thousand).
  private readonly comboBuffer: Int32Array;
  private readonly signBuffer: Int8Array;
  private filled = 0;
  /** The categorical vectors the buffers were filled for. */
  private filledFor: DimVector[] = [];
  private readonly radix: number[];
  private readonly solo: readonly boolean[];
  /** Partial combinations, dimension by dimension: mixed-radix code, sign, categories set (| SOLO). */
  private readonly partialRadix: Int32Array;
  private readonly partialSign: Int8Array;
  private readonly partialSet: Uint8Array;
  private readonly maxAt: Int32Array;
  private touches = false;

  constructor(
    private readonly layout: CubeLayout,
    private readonly cost: Float64Array,
    private readonly values: Int32Array,
    private readonly timeAdditive: boolean,
  ) {
    this.dims = layout.dims;
    this.comboBuffer = new Int32Array(2 ** layout.dims);
    this.signBuffer = new Int8Array(2 ** layout.dims);
    this.solo = layout.solo;
    this.partialRadix = new Int32Array(2 * 2 ** layout.dims);
    this.partialSign = new Int8Array(2 * 2 ** layout.dims);
    this.partialSet = new Uint8Array(2 * 2 ** layout.dims);
    this.radix = [];
    let span = 1;
    for (const n of layout.catSizes) {
      this.radix.push(span);
      span *= n + 1;
    }
    this.maxAt = Int32Array.from(layout.geo.units.map((_, g) => layout.maxSpecifiedAt(g)));
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
    if (first.cost === 0) return first.choice;
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
      if (bestCost === 0) break;
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
    });
    return { cells, signs };
  }

  /** The cost of suppressing the pattern's cells not yet suppressed (Infinity: not a valid pattern). */
  evaluate(choice: Choice, limit = Infinity): number {
    const n = this.fillCombos(choice);
    if (this.coarse.has(choice[1]!) && this.touches) return Infinity;
    const { layout, values, cost, comboBuffer, signBuffer } = this;
    const units = layout.geo.size;
    const combos = layout.comboCount;
    let total = 0;
    let emptySign = 0;
    for (const [t, st] of choice[0]! as Term[]) {
      for (const [g, sg] of choice[1]! as Term[]) {
        const max = this.maxAt[g]!;
        const base = (t * units + g) * combos;
        for (let i = 0; i < n; i++) {
          const combo = comboBuffer[i]!;
          if (layout.specifiedCount[combo]! > max) continue;
          const cell = base + combo;
          if (values[cell] === 0) {
            // Empty cells of both signs would pin the pattern: it could not move either way.
            const sign = st * sg * signBuffer[i]!;
            if (emptySign !== 0 && emptySign !== sign) return Infinity;
            emptySign = sign;
          }
          total += cost[cell]!;
          if (total >= limit) return total;
        }
      }
    }
    return total;
  }

  /**
   * The category combinations of the pattern (with signs) into the buffers; returns how many.
   * Sets `touches`: does the pattern have a combination authorities have too? Then every
   * geographic equation binds it, and a coarse geographic vector (which ignores authorities)
   * does not balance.
   */
  private fillCombos(choice: Choice): number {
    // The search tries time and geography with the categories unchanged: reuse their combinations.
    let same = this.filledFor.length === this.dims;
    for (let d = 0; same && d < this.dims; d++) same = this.filledFor[d] === choice[d + 2];
    if (same) return this.filled;
    // Breadth first over each dimension's terms (at most two each), never into a combination the
    // cube does not have: past the cap on crossings, or a solo dimension crossed with another.
    const layout = this.layout;
    const max = layout.maxSpecified;
    const { partialRadix, partialSign, partialSet } = this;
    const stride = this.comboBuffer.length;
    // Two halves used by turns: `from` holds the partial combinations so far, `to` the next ones.
    // A partial's set count carries 16 when it has a solo dimension set.
    let from = 0;
    let n = 1;
    partialRadix[0] = 0;
    partialSign[0] = 1;
    partialSet[0] = 0;
    for (let d = 0; d < this.dims; d++) {
      const terms = choice[d + 2]!;
      const step = this.radix[d]!;
      const soloHere = this.solo[d] ? SOLO : 0;
      const to = stride - from;
      let m = to;
      for (let i = from; i < from + n; i++) {
        const set = partialSet[i]!;
        for (let t = 0; t < terms.length; t++) {
          const [code, sign] = terms[t]!;
          if (code === 0) {
            partialRadix[m] = partialRadix[i]!;
            partialSet[m] = set;
          } else {
            const next = (set | soloHere) + 1;
            const k = next & ~SOLO;
            if (k > max || (k > 1 && next & SOLO)) continue;
            partialRadix[m] = partialRadix[i]! + code * step;
            partialSet[m] = next;
          }
          partialSign[m] = partialSign[i]! * sign;
          m++;
        }
      }
      n = m - to;
      from = to;
    }
    let touches = false;
    for (let i = 0; i < n; i++) {
      this.comboBuffer[i] = layout.comboAtRadix(partialRadix[from + i]!);
      this.signBuffer[i] = partialSign[from + i]!;
      if ((partialSet[from + i]! & ~SOLO) <= layout.authorityMaxSpecified) touches = true;
    }
    this.filled = n;
    this.touches = touches;
    this.filledFor = choice.slice(2);
    return this.filled;
  }

  /** Visits the pattern's cells (those the cube has). */
  private forEachCell(choice: Choice, visit: (cell: number, sign: number) => void): void {
    const layout = this.layout;
    const n = this.fillCombos(choice);
    for (const [t, st] of choice[0]! as Term[]) {
      for (const [g, sg] of choice[1]! as Term[]) {
        for (let i = 0; i < n; i++) {
          const combo = this.comboBuffer[i]!;
          if (layout.exists(g, combo)) visit(layout.cell(t, g, combo), st * sg * this.signBuffer[i]!);
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
