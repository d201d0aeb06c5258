/**
 * The shape of a statistics cube: every cell a report can ever return for one financial year,
 * and the additive equations that tie the cells together. Disclosure control (protect.ts) works
 * on this shape; the service fills it from one GROUP BY.
 *
 * A cell is (time part, geographic unit, category combination):
 * - time part 0 is the whole year, 1 to 4 its quarters;
 * - geographic units are all of England and Wales, the regions, the rollout phases and the
 *   local authorities (an authority is in one region and at most one phase);
 * - a category combination gives each categorical dimension (referring sector, type of concern,
 *   age band, gender, and since the 2024/25 release consent, mental health and ethnicity) either
 *   one member (codes 1..n) or "all" (code 0), with at most `maxSpecified` of them not "all":
 *   official tables cross at most two, and so do we; a local authority's cells cross at most
 *   `authorityMaxSpecified` (one). Finer tables of a single authority would be almost all
 *   suppressed, and tying them to the national tables would force suppression of national totals
 *   to protect them. A `solo` dimension is crossed with no other category (only with geography
 *   and time): its cells are the ones the release publishes, and the cube stays the size it was.
 *
 * The combinations a cube has are closed downwards (a total of a combination it has is one it has
 * too), and an equation is published only where the total and all its parts are cells: the
 * product patterns of protect.ts balance every such equation whatever the combinations are.
 */

/** The geography a cube is broken down by. */
export interface Geography {
  regions: readonly string[];
  phases: readonly string[];
  authorities: readonly { id: string; region: string | null; phase: string | null }[];
}

export enum GeoLevel {
  ALL = 0,
  REGION = 1,
  PHASE = 2,
  AUTHORITY = 3,
}

export interface GeoUnit {
  level: GeoLevel;
  /** Region, phase or authority id; null for ALL, an unknown region or "in no phase". */
  key: string | null;
}

/** One term of a vector over a dimension's members: member code and sign. */
export type Term = readonly [code: number, sign: number];
export type DimVector = readonly Term[];

/** Geographic units, numbered: 0 is ALL, then regions, phases, authorities. */
export class GeoIndex {
  readonly units: GeoUnit[] = [{ level: GeoLevel.ALL, key: null }];
  /** For an authority unit: its region and phase units; -1 for other units. */
  readonly regionOf: number[] = [-1];
  readonly phaseOf: number[] = [-1];
  private readonly byKey = new Map<string, number>();
  private readonly options: DimVector[][] = [];
  private readonly coarse: DimVector[][] = [];

  constructor(geography: Geography) {
    const add = (level: GeoLevel, key: string | null): number => {
      const name = `${level}:${key ?? ""}`;
      const existing = this.byKey.get(name);
      if (existing !== undefined) return existing;
      this.units.push({ level, key });
      this.regionOf.push(-1);
      this.phaseOf.push(-1);
      this.byKey.set(name, this.units.length - 1);
      return this.units.length - 1;
    };
    for (const region of geography.regions) add(GeoLevel.REGION, region);
    for (const a of geography.authorities) if (a.region === null) add(GeoLevel.REGION, null);
    for (const phase of geography.phases) add(GeoLevel.PHASE, phase);
    for (const a of geography.authorities) if (a.phase === null) add(GeoLevel.PHASE, null);
    for (const a of geography.authorities) {
      const unit = add(GeoLevel.AUTHORITY, a.id);
      this.regionOf[unit] = add(GeoLevel.REGION, a.region);
      this.phaseOf[unit] = add(GeoLevel.PHASE, a.phase);
    }
    for (let g = 0; g < this.units.length; g++) {
      this.options.push(this.buildOptions(g));
      this.coarse.push(this.buildCoarseOptions(g));
    }
  }

  get size(): number {
    return this.units.length;
  }

  unit(level: GeoLevel, key: string | null): number | undefined {
    return this.byKey.get(`${level}:${key ?? ""}`);
  }

  /** Units of one level, in the order they were given. */
  unitsAt(level: GeoLevel): number[] {
    const out: number[] = [];
    this.units.forEach((u, i) => u.level === level && out.push(i));
    return out;
  }

  authoritiesIn(unit: number): number[] {
    const { level } = this.units[unit]!;
    const all = this.unitsAt(GeoLevel.AUTHORITY);
    if (level === GeoLevel.ALL) return all;
    if (level === GeoLevel.AUTHORITY) return [unit];
    return all.filter((a) => (level === GeoLevel.REGION ? this.regionOf[a] : this.phaseOf[a]) === unit);
  }

  /**
   * Vectors over the units that every geographic equation sends to zero, each with a non-zero
   * term at `unit`: moving cell values along one changes no published geographic total.
   */
  nullOptions(unit: number): readonly DimVector[] {
    return this.options[unit]!;
  }

  /**
   * The same, for combinations authorities do not have: only "England and Wales is the sum of
   * the regions, and of the phases" binds them, so a region can pair with another region.
   */
  coarseOptions(unit: number): readonly DimVector[] {
    return this.coarse[unit]!;
  }

  /** Authority, its region, its phase and ALL, all positive: the chain that works for every unit on it. */
  chain(authority: number): DimVector {
    return [
      [authority, 1],
      [this.regionOf[authority]!, 1],
      [this.phaseOf[authority]!, 1],
      [0, 1],
    ];
  }

  private buildCoarseOptions(g: number): DimVector[] {
    const { level } = this.units[g]!;
    const regions = this.unitsAt(GeoLevel.REGION);
    const phases = this.unitsAt(GeoLevel.PHASE);
    const options: DimVector[] = [];
    if (level === GeoLevel.REGION || level === GeoLevel.PHASE) {
      const same = level === GeoLevel.REGION ? regions : phases;
      const other = level === GeoLevel.REGION ? phases : regions;
      for (const h of same) if (h !== g) options.push([[g, 1], [h, -1]]);
      for (const o of other) options.push([[g, 1], [o, 1], [0, 1]]);
    } else if (level === GeoLevel.ALL) {
      for (const r of regions) for (const p of phases) options.push([[0, 1], [r, 1], [p, 1]]);
    }
    return options;
  }

  private buildOptions(g: number): DimVector[] {
    const { level } = this.units[g]!;
    const authorities = this.unitsAt(GeoLevel.AUTHORITY);
    const options: DimVector[] = [];
    const region = (a: number) => this.regionOf[a]!;
    const phase = (a: number) => this.phaseOf[a]!;
    if (level === GeoLevel.AUTHORITY) {
      // A sibling in the same region and phase; else a square across two regions and two phases.
      for (const b of authorities) if (b !== g && region(b) === region(g) && phase(b) === phase(g)) options.push([[g, 1], [b, -1]]);
      for (const b of authorities) {
        if (region(b) !== region(g) || phase(b) === phase(g)) continue;
        for (const c of authorities) {
          if (phase(c) !== phase(g) || region(c) === region(g)) continue;
          const d = authorities.find((x) => region(x) === region(c) && phase(x) === phase(b));
          if (d !== undefined) options.push([[g, 1], [b, -1], [d, 1], [c, -1]]);
        }
      }
      // An authority alone in its region and phase: pair it, through their totals, with an
      // authority of its region in another phase, or of its phase in another region.
      for (const b of authorities) {
        if (b === g) continue;
        if (region(b) === region(g) && phase(b) !== phase(g)) options.push([[g, 1], [phase(g), 1], [phase(b), -1], [b, -1]]);
        if (phase(b) === phase(g) && region(b) !== region(g)) options.push([[g, 1], [region(g), 1], [region(b), -1], [b, -1]]);
      }
    } else if (level === GeoLevel.REGION || level === GeoLevel.PHASE) {
      // Two units of the level, each with one authority, the two authorities sharing the other level.
      const own = (a: number) => (level === GeoLevel.REGION ? region(a) : phase(a));
      const other = (a: number) => (level === GeoLevel.REGION ? phase(a) : region(a));
      for (const a of authorities) {
        if (own(a) !== g) continue;
        for (const b of authorities) {
          if (own(b) !== g && other(b) === other(a)) options.push([[g, 1], [a, 1], [own(b), -1], [b, -1]]);
        }
      }
    }
    for (const a of authorities) {
      if (a === g || region(a) === g || phase(a) === g || g === 0) options.push(this.chain(a));
    }
    return options;
  }
}

/** Categorical dimensions (sizes without "all") and the cells of a cube. */
export class CubeLayout {
  /** Valid category combinations, `dims` codes each, flattened. */
  readonly comboCodes: Uint8Array;
  readonly comboCount: number;
  /** Mixed-radix code → combination number (-1 for a combination the cube does not have). */
  private readonly comboByRadix: Int32Array;
  private readonly radix: number[];
  readonly specifiedCount: Uint8Array;
  /** Per dimension: crossed with no other category. */
  readonly solo: readonly boolean[];

  constructor(
    readonly geo: GeoIndex,
    readonly catSizes: readonly number[],
    /** Sub-periods of the period (4 quarters); time part 0 is their sum. */
    readonly timeParts: number,
    readonly maxSpecified = 2,
    readonly authorityMaxSpecified = 1,
    solo: readonly boolean[] = [],
  ) {
    this.solo = catSizes.map((_, d) => solo[d] === true);
    this.radix = [];
    let span = 1;
    for (const n of catSizes) {
      this.radix.push(span);
      span *= n + 1;
    }
    this.comboByRadix = new Int32Array(span).fill(-1);
    const codes: number[] = [];
    const specified: number[] = [];
    let count = 0;
    for (let r = 0; r < span; r++) {
      const c = this.decodeRadix(r);
      if (!this.hasSet(c.map((x) => x > 0))) continue;
      const k = c.filter((x) => x > 0).length;
      this.comboByRadix[r] = count++;
      codes.push(...c);
      specified.push(k);
    }
    this.comboCodes = Uint8Array.from(codes);
    this.comboCount = count;
    this.specifiedCount = Uint8Array.from(specified);
  }

  get dims(): number {
    return this.catSizes.length;
  }

  get size(): number {
    return (this.timeParts + 1) * this.geo.size * this.comboCount;
  }

  /** Does the cube have combinations that set exactly these dimensions? */
  hasSet(set: readonly boolean[]): boolean {
    let k = 0;
    let solo = false;
    set.forEach((on, d) => {
      if (!on) return;
      k++;
      if (this.solo[d]) solo = true;
    });
    return k <= this.maxSpecified && (k <= 1 || !solo);
  }

  /** The combination number of these codes, or -1 when the cube does not have it. */
  combo(codes: readonly number[]): number {
    let r = 0;
    for (let d = 0; d < codes.length; d++) r += codes[d]! * this.radix[d]!;
    return this.comboByRadix[r]!;
  }

  /** The combination of a mixed-radix code (Σ code × Π (size + 1) of the dimensions before), or -1. */
  comboAtRadix(radix: number): number {
    return this.comboByRadix[radix]!;
  }

  codesOf(combo: number): number[] {
    return Array.from(this.comboCodes.subarray(combo * this.dims, (combo + 1) * this.dims));
  }

  /** How many categories a cell of this unit may cross. */
  maxSpecifiedAt(g: number): number {
    return this.geo.units[g]!.level === GeoLevel.AUTHORITY ? this.authorityMaxSpecified : this.maxSpecified;
  }

  /** Is (unit, combination) a cell of the cube? Authorities cross fewer categories. */
  exists(g: number, combo: number): boolean {
    return this.specifiedCount[combo]! <= this.maxSpecifiedAt(g);
  }

  cell(t: number, g: number, combo: number): number {
    return (t * this.geo.size + g) * this.comboCount + combo;
  }

  decode(cell: number): { t: number; g: number; combo: number } {
    const combo = cell % this.comboCount;
    const rest = (cell - combo) / this.comboCount;
    const g = rest % this.geo.size;
    return { t: (rest - g) / this.geo.size, g, combo };
  }

  private decodeRadix(r: number): number[] {
    return this.catSizes.map((n, d) => Math.floor(r / this.radix[d]!) % (n + 1));
  }
}

/** One published relation: Σ coefficient × cell = 0. */
export interface Equation {
  cells: number[];
  coefficients: number[];
}

/**
 * Every additive relation between the cells of a cube: a total equals the sum of its parts,
 * along each categorical dimension, up each geographic hierarchy, and (for flows) over the
 * quarters. What an attacker can combine; tests check suppression against exactly these.
 */
export function* equations(layout: CubeLayout, timeAdditive: boolean): Generator<Equation> {
  const { geo, dims, catSizes, timeParts } = layout;
  const T = timeParts + 1;
  for (let t = 0; t < T; t++) {
    for (let g = 0; g < geo.size; g++) {
      for (let combo = 0; combo < layout.comboCount; combo++) {
        if (layout.specifiedCount[combo]! >= layout.maxSpecifiedAt(g)) continue;
        const codes = layout.codesOf(combo);
        for (let d = 0; d < dims; d++) {
          // Only where the parts are cells too (a solo dimension is not crossed).
          if (codes[d] !== 0 || !layout.hasSet(codes.map((c, i) => c > 0 || i === d))) continue;
          const cells = [layout.cell(t, g, combo)];
          const coefficients = [1];
          for (let m = 1; m <= catSizes[d]!; m++) {
            const child = [...codes];
            child[d] = m;
            cells.push(layout.cell(t, g, layout.combo(child)));
            coefficients.push(-1);
          }
          yield { cells, coefficients };
        }
      }
    }
  }
  const regions = geo.unitsAt(GeoLevel.REGION);
  const phases = geo.unitsAt(GeoLevel.PHASE);
  for (let t = 0; t < T; t++) {
    for (let combo = 0; combo < layout.comboCount; combo++) {
      const at = (g: number) => layout.cell(t, g, combo);
      // Authorities have fewer combinations: where they have none, only the coarse equations bind.
      if (layout.specifiedCount[combo]! <= layout.authorityMaxSpecified) {
        for (const parent of [...regions, ...phases]) {
          const parts = geo.authoritiesIn(parent);
          yield { cells: [at(parent), ...parts.map(at)], coefficients: [1, ...parts.map(() => -1)] };
        }
      }
      for (const level of [regions, phases]) yield { cells: [at(0), ...level.map(at)], coefficients: [1, ...level.map(() => -1)] };
    }
  }
  if (timeAdditive && timeParts > 0) {
    for (let g = 0; g < geo.size; g++) {
      for (let combo = 0; combo < layout.comboCount; combo++) {
        if (!layout.exists(g, combo)) continue;
        const cells = [layout.cell(0, g, combo)];
        for (let t = 1; t <= timeParts; t++) cells.push(layout.cell(t, g, combo));
        yield { cells, coefficients: cells.map((_, i) => (i === 0 ? 1 : -1)) };
      }
    }
  }
}
