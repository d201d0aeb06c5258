import { Cube, type FineRow } from "../../subgraphs/cases/statistics/cube";
import { CATEGORY_DIMENSIONS } from "../../subgraphs/cases/statistics/dimensions";
import { CubeLayout, GeoIndex, equations, type Equation, type Geography } from "../../subgraphs/cases/statistics/layout";
import { PRIMARY, PUBLISHED, SECONDARY } from "../../subgraphs/cases/statistics/protect";

// ---------------------------------------------------------------------------------------------
// Random tables from random records, protected, then attacked with every published equation.

/** A small deterministic generator (mulberry32), so a failing seed can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Two regions by two phases, one authority alone in its region and phase, one region in one phase only.
const SMALL_GEOGRAPHY: Geography = {
  regions: ["R1", "R2", "R3"],
  phases: ["P1", "P2"],
  authorities: [
    { id: "a", region: "R1", phase: "P1" },
    { id: "b", region: "R1", phase: "P1" },
    { id: "c", region: "R1", phase: "P2" },
    { id: "d", region: "R2", phase: "P2" },
    { id: "e", region: "R2", phase: "P1" },
    { id: "f", region: "R3", phase: null },
  ],
};

interface World {
  layout: CubeLayout;
  cube: Cube;
}

/** `records` random records, each with one count in one quarter (flow) and, for a stock, per part. */
function randomWorld(seed: number, records: number, catSizes: number[], timeParts: number, threshold: number, geography = SMALL_GEOGRAPHY, solo: boolean[] = []): World {
  const random = rng(seed);
  const layout = new CubeLayout(new GeoIndex(geography), catSizes, timeParts, 2, 1, solo);
  const authorities = geography.authorities.map((a) => layout.geo.unit(3, a.id)!);
  const rows = new Map<string, { authority: number; codes: number[]; flow: number[]; stock: number[] }>();
  for (let i = 0; i < records; i++) {
    // Skewed: some authorities and members are rare, so small cells abound.
    const authority = authorities[Math.floor(random() ** 2 * authorities.length)]!;
    const codes = catSizes.map((n) => 1 + Math.floor(random() ** 1.5 * n));
    const quarter = 1 + Math.floor(random() * timeParts);
    const key = `${authority}|${codes.join(",")}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { authority, codes, flow: new Array(timeParts + 1).fill(0), stock: new Array(timeParts + 1).fill(0) }));
    row.flow[quarter]!++;
    row.flow[0]!++;
    // A stock: open from its quarter to a random later one, and in the whole period.
    const until = quarter + Math.floor(random() * (timeParts - quarter + 1));
    for (let t = quarter; t <= until; t++) row.stock[t]!++;
    row.stock[0]!++;
  }
  const fine: FineRow[] = [...rows.values()].map((r) => ({ authority: r.authority, codes: r.codes, counts: [r.flow, r.stock] }));
  return { layout, cube: new Cube(layout, [{ timeAdditive: true }, { timeAdditive: false }], fine, threshold, true) };
}

const P = 67108859; // prime below 2^26: products stay exact in doubles

function mod(a: number): number {
  const r = a % P;
  return r < 0 ? r + P : r;
}

function inverse(a: number): number {
  let [r0, r1, s0, s1] = [mod(a), P, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

/**
 * The suppressed cells an attacker can compute exactly from the published cells and these
 * equations: those whose unit vector lies in the row space of the equations restricted to the
 * suppressed cells (reduced row echelon form over GF(P)).
 */
function recoverable(eqs: readonly Equation[], suppressed: ReadonlySet<number>): number[] {
  const columns = [...suppressed].sort((a, b) => a - b);
  const col = new Map(columns.map((c, i) => [c, i]));
  const rows: Map<number, number>[] = [];
  for (const eq of eqs) {
    const row = new Map<number, number>();
    eq.cells.forEach((cell, i) => {
      const j = col.get(cell);
      if (j !== undefined) row.set(j, mod((row.get(j) ?? 0) + eq.coefficients[i]!));
    });
    for (const [j, v] of row) if (v === 0) row.delete(j);
    if (row.size > 0) rows.push(row);
  }
  const pivots: { column: number; row: Map<number, number> }[] = [];
  for (const row of rows) {
    for (const p of pivots) {
      const f = row.get(p.column);
      if (f === undefined) continue;
      for (const [j, v] of p.row) {
        const next = mod((row.get(j) ?? 0) - mod(f * v));
        if (next === 0) row.delete(j);
        else row.set(j, next);
      }
    }
    if (row.size === 0) continue;
    const column = Math.min(...row.keys());
    const inv = inverse(row.get(column)!);
    for (const [j, v] of row) row.set(j, mod(v * inv));
    // Keep the basis fully reduced: clear the new pivot from earlier rows.
    for (const p of pivots) {
      const f = p.row.get(column);
      if (f === undefined) continue;
      for (const [j, v] of row) {
        const next = mod((p.row.get(j) ?? 0) - mod(f * v));
        if (next === 0) p.row.delete(j);
        else p.row.set(j, next);
      }
    }
    pivots.push({ column, row });
  }
  return pivots.filter((p) => p.row.size === 1).map((p) => columns[p.column]!);
}

function suppressedCells(status: Uint8Array): Set<number> {
  const out = new Set<number>();
  status.forEach((s, i) => s !== PUBLISHED && out.add(i));
  return out;
}

describe("statistics disclosure control", () => {
  it("the attack finds a cell that primary suppression alone leaves exposed", () => {
    // Guards the attack itself: with only primary suppression, totals give cells away.
    const { layout, cube } = randomWorld(7, 60, [2, 2, 2], 2, 5);
    const primaryOnly = new Set<number>();
    cube.values[0]!.forEach((v, i) => v > 0 && v < 5 && primaryOnly.add(i));
    expect(primaryOnly.size).toBeGreaterThan(0);
    expect(recoverable([...equations(layout, true)], primaryOnly).length).toBeGreaterThan(0);
  });

  /** Nothing published below the threshold, every pattern movable, and no suppressed cell in the span of the equations. */
  function attack({ layout, cube }: World, threshold: number): void {
    for (const [measure, additive] of [
      [0, true],
      [1, false],
    ] as const) {
      const values = cube.values[measure]!;
      const { status, patterns } = cube.protection(measure);
      values.forEach((v, cell) => {
        if (v > 0 && v < threshold) expect(status[cell]).toBe(PRIMARY);
        if (status[cell] === PUBLISHED) expect(v === 0 || v >= threshold).toBe(true);
      });
      // Counts cannot be negative: every suppressed cell can move one step along one of its
      // patterns and the table stays non-negative with every published number unchanged.
      const eqs = [...equations(layout, additive)];
      const movable = new Set<number>();
      for (const pattern of patterns!) {
        const empty = pattern.cells.map((c, i) => (values[c] === 0 ? pattern.signs[i]! : 0)).filter((x) => x !== 0);
        const direction = empty[0] ?? 1;
        expect(empty.every((x) => x === direction)).toBe(true);
        const moved = new Map(pattern.cells.map((c, i) => [c, values[c]! + direction * pattern.signs[i]!]));
        expect([...moved.values()].every((v) => v >= 0)).toBe(true);
        const at = (c: number) => moved.get(c) ?? values[c]!;
        expect(eqs.filter((eq) => eq.cells.reduce((sum, c, i) => sum + at(c) * eq.coefficients[i]!, 0) !== 0)).toEqual([]);
        for (const c of pattern.cells) movable.add(c);
      }
      status.forEach((st, cell) => st !== PUBLISHED && expect(movable.has(cell)).toBe(true));
      const suppressed = suppressedCells(status);
      expect(recoverable(eqs, suppressed)).toEqual([]);
    }
  }

  for (let seed = 1; seed <= 12; seed++) {
    it(`random small cube ${seed}: nothing published below the threshold, no suppressed cell recoverable`, () => {
      const threshold = seed % 3 === 0 ? 3 : 5;
      attack(randomWorld(seed, 30 + seed * 9, [2, 3, 2], 2, threshold), threshold);
    });
  }

  // The 2024/25 release's breakdowns (consent, mental health, ethnicity) are published on their
  // own: dimensions crossed with geography and time but with no other category.
  for (let seed = 1; seed <= 8; seed++) {
    it(`random small cube ${seed} with solo breakdowns beside crossed ones: the same guarantees`, () => {
      const threshold = seed % 3 === 0 ? 3 : 5;
      attack(randomWorld(100 + seed, 40 + seed * 11, [2, 3, 2, 3, 4], 2, threshold, SMALL_GEOGRAPHY, [false, false, false, true, true]), threshold);
    });
  }

  it("the release's three breakdowns at their real sizes (consent 3, mental health 3, ethnicity 6) beside two crossed ones: no suppressed cell recoverable", () => {
    const solo = CATEGORY_DIMENSIONS.filter((d) => d.solo);
    expect(solo.map((d) => d.key)).toEqual(["consentToSupport", "mentalHealthConcern", "ethnicity"]);
    const sizes = [2, 3, ...solo.map((d) => d.members.length)];
    for (const seed of [21, 22, 23]) attack(randomWorld(seed, 160, sizes, 2, 5, SMALL_GEOGRAPHY, [false, false, true, true, true]), 5);
  });

  it("a solo dimension has its own cells and totals, never crossed with another category", () => {
    const { layout } = randomWorld(3, 50, [2, 3, 2, 3], 2, 5, SMALL_GEOGRAPHY, [false, false, false, true]);
    expect(layout.combo([0, 0, 0, 2])).toBeGreaterThanOrEqual(0);
    expect(layout.combo([1, 2, 0, 0])).toBeGreaterThanOrEqual(0);
    expect(layout.combo([1, 0, 0, 2])).toBe(-1);
    // Its own equation (the total is the sum of its members) is published; none crossed.
    const cells = new Set([...equations(layout, true)].flatMap((eq) => eq.cells));
    expect(cells.has(layout.cell(0, 0, layout.combo([0, 0, 0, 3])))).toBe(true);
  });

  it("is deterministic: the same table always gets the same suppression", () => {
    const a = randomWorld(5, 200, [2, 3, 2], 2, 5).cube.protection(0).status;
    const b = randomWorld(5, 200, [2, 3, 2], 2, 5).cube.protection(0).status;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("every pattern leaves every published equation unchanged (the service's seven dimensions, larger geography)", () => {
    const geography: Geography = {
      regions: ["N", "S", "W"],
      phases: ["pilot", "second", "third"],
      authorities: [
        { id: "n1", region: "N", phase: "pilot" },
        { id: "n2", region: "N", phase: "second" },
        { id: "n3", region: "N", phase: "second" },
        { id: "s1", region: "S", phase: "pilot" },
        { id: "s2", region: "S", phase: "third" },
        { id: "s3", region: "S", phase: "third" },
        { id: "w1", region: "W", phase: "third" },
      ],
    };
    const random = rng(99);
    const sizes = CATEGORY_DIMENSIONS.map((d) => d.members.length);
    expect(sizes).toEqual([9, 4, 8, 4, 3, 3, 6]);
    const layout = new CubeLayout(new GeoIndex(geography), sizes, 4, 2, 1, CATEGORY_DIMENSIONS.map((d) => d.solo));
    const rows: FineRow[] = [];
    for (let i = 0; i < 900; i++) {
      const authority = layout.geo.unit(3, geography.authorities[Math.floor(random() * 7)]!.id)!;
      const codes = sizes.map((n) => 1 + Math.floor(random() ** 2 * n));
      const q = 1 + Math.floor(random() * 4);
      const counts = [0, 0, 0, 0, 0];
      counts[0] = 1;
      counts[q] = 1;
      rows.push({ authority, codes, counts: [counts] });
    }
    const cube = new Cube(layout, [{ timeAdditive: true }], rows, 5, true);
    const { status, patterns } = cube.protection(0);
    const eqs = [...equations(layout, true)];
    // No equation with exactly one suppressed term (the first thing an attacker tries).
    expect(eqs.filter((eq) => eq.cells.filter((c) => status[c] !== PUBLISHED).length === 1)).toEqual([]);
    const values = cube.values[0]!;
    // The table is consistent: every equation holds on the true values.
    expect(eqs.filter((eq) => eq.cells.reduce((s, c, i) => s + values[c]! * eq.coefficients[i]!, 0) !== 0)).toEqual([]);
    expect([...status].filter((s) => s === SECONDARY).length).toBeGreaterThan(0);
    // Each pattern is a direction the attacker cannot see: every equation sums it to zero,
    // and every cell in it is suppressed.
    const touching = new Map<number, Equation[]>();
    for (const eq of eqs) for (const c of eq.cells) touching.set(c, [...(touching.get(c) ?? []), eq]);
    const sign = new Map<number, number>();
    let exposed = 0;
    let unbalanced = 0;
    for (const pattern of patterns!) {
      sign.clear();
      pattern.cells.forEach((c, i) => sign.set(c, pattern.signs[i]!));
      exposed += pattern.cells.filter((c) => status[c] === PUBLISHED).length;
      for (const eq of new Set(pattern.cells.flatMap((c) => touching.get(c) ?? []))) {
        let sum = 0;
        eq.cells.forEach((c, i) => (sum += (sign.get(c) ?? 0) * eq.coefficients[i]!));
        if (sum !== 0) unbalanced++;
      }
    }
    expect(patterns!.length).toBeGreaterThan(0);
    expect({ exposed, unbalanced }).toEqual({ exposed: 0, unbalanced: 0 });
  });
});
