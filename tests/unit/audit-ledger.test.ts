import { LateCallError, LedgerFullError, TxnLedger } from "../../subgraphs/kit/audit/ledger";

const entry = (id: string, ...fields: string[]) => ({ type: "Person", id, subjectId: id, fields });
const soon = () => Date.now() + 60_000;

describe("one record per disclosure within a client request", () => {
  it("records a field of a row once per request, and waits for the write that did", async () => {
    const ledger = new TxnLedger();
    const first = ledger.claim("t1", soon(), "DISCLOSURE", [entry("p1", "Person.givenName", "Person.familyName")]);
    expect(first.fresh).toEqual([entry("p1", "Person.givenName", "Person.familyName")]);
    let resolve!: () => void;
    const write = new Promise<void>((r) => (resolve = r));
    first.commit(write);

    const second = ledger.claim("t1", soon(), "DISCLOSURE", [entry("p1", "Person.givenName", "Person.town"), entry("p2", "Person.givenName")]);
    expect(second.fresh).toEqual([entry("p1", "Person.town"), entry("p2", "Person.givenName")]);
    expect(second.earlier).toEqual([write]);
    resolve();
    await expect(Promise.all(second.earlier)).resolves.toBeDefined();

    // Another request records everything itself.
    expect(ledger.claim("t2", soon(), "DISCLOSURE", [entry("p1", "Person.givenName")]).fresh).toEqual([entry("p1", "Person.givenName")]);
    // Another action is another record.
    expect(ledger.claim("t1", soon(), "ALTERATION", [entry("p1", "Person.givenName")]).fresh).toEqual([entry("p1", "Person.givenName")]);
  });

  it("keeps rows with different fields apart: a row's field is claimed only if that row recorded it", () => {
    const ledger = new TxnLedger();
    const first = ledger.claim("t1", soon(), "DISCLOSURE", [entry("p1", "Person.givenName"), entry("p2", "Person.givenName", "Person.town")]);
    first.commit(Promise.resolve());
    // p1's town was never recorded, though another row of the same call recorded a town.
    const second = ledger.claim("t1", soon(), "DISCLOSURE", [entry("p1", "Person.givenName", "Person.town"), entry("p2", "Person.town")]);
    expect(second.fresh).toEqual([entry("p1", "Person.town")]);
    expect(second.earlier).toHaveLength(1);
  });

  it("fails a call that relied on a write that failed, and lets the next call record the field itself", async () => {
    const ledger = new TxnLedger();
    const first = ledger.claim("t1", soon(), "DISCLOSURE", [entry("p1", "Person.givenName")]);
    const failed = Promise.reject(new Error("audit store down"));
    first.commit(failed);
    const second = ledger.claim("t1", soon(), "DISCLOSURE", [entry("p1", "Person.givenName")]);
    await expect(Promise.all(second.earlier)).rejects.toThrow("audit store down");
    await new Promise((r) => setImmediate(r));
    expect(ledger.claim("t1", soon(), "DISCLOSURE", [entry("p1", "Person.givenName")]).fresh).toEqual([entry("p1", "Person.givenName")]);
  });
});

describe("the ledger forgets a request at its deadline, not later", () => {
  const clock = () => {
    let now = 1_000_000;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it("holds a request until its deadline and grace, then lets it go", () => {
    const time = clock();
    const ledger = new TxnLedger({ graceMs: 1_000, now: time.now });
    const deadline = time.now() + 5_000;
    ledger.claim("t1", deadline, "DISCLOSURE", [entry("p1", "Person.givenName")]).commit(Promise.resolve());
    time.advance(5_500);
    // Still within grace: the second call of the request waits on the first's write.
    const second = ledger.claim("t1", deadline, "DISCLOSURE", [entry("p1", "Person.givenName")]);
    expect(second.fresh).toEqual([]);
    expect(ledger.size).toBe(1);

    // Past the deadline and grace: another request's call sweeps it away.
    time.advance(2_000);
    ledger.claim("t2", time.now() + 5_000, "DISCLOSURE", [entry("p9", "Person.givenName")]).commit(Promise.resolve());
    expect(ledger.size).toBe(1);
  });

  it("refuses a late call of a request it no longer holds, so nothing is recorded twice", () => {
    const time = clock();
    const ledger = new TxnLedger({ graceMs: 1_000, now: time.now });
    const deadline = time.now() + 5_000;
    ledger.claim("t1", deadline, "DISCLOSURE", [entry("p1", "Person.givenName")]).commit(Promise.resolve());
    time.advance(6_001);
    expect(() => ledger.claim("t1", deadline, "DISCLOSURE", [entry("p1", "Person.givenName")])).toThrow(LateCallError);
    expect(ledger.size).toBe(0);
  });

  it("refuses a new request when full rather than forgetting one still running", () => {
    const time = clock();
    const ledger = new TxnLedger({ maxRequests: 2, now: time.now });
    ledger.claim("t1", time.now() + 5_000, "DISCLOSURE", [entry("p1", "Person.givenName")]).commit(Promise.resolve());
    ledger.claim("t2", time.now() + 5_000, "DISCLOSURE", [entry("p1", "Person.givenName")]).commit(Promise.resolve());
    expect(() => ledger.claim("t3", time.now() + 5_000, "DISCLOSURE", [entry("p1", "Person.givenName")])).toThrow(LedgerFullError);
    // t1 is still held: its next call records nothing twice.
    expect(ledger.claim("t1", time.now() + 5_000, "DISCLOSURE", [entry("p1", "Person.givenName")]).fresh).toEqual([]);
  });

  it("holds what a request claimed compactly: one string of row ids and a field set per type and field list", () => {
    const ledger = new TxnLedger();
    // Ids sliced out of a large request body, as JSON.parse can make them: holding them must not hold the body.
    const body = JSON.stringify({ padding: "x".repeat(10_000), ids: Array.from({ length: 50 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`) });
    const ids = (JSON.parse(body) as { ids: string[] }).ids;
    const rows = ids.map((id) => entry(id, "Person.givenName", "Person.familyName", "Person.dateOfBirth"));
    ledger.claim("t1", soon(), "DISCLOSURE", rows).commit(Promise.resolve());
    const held = (ledger as unknown as { byTxn: Map<string, { claims: { ids: unknown; fields: Set<string> }[] }> }).byTxn.get("t1")!;
    expect(held.claims).toHaveLength(1);
    expect(typeof held.claims[0]!.ids).toBe("string");
    expect((held.claims[0]!.ids as string).length).toBe(50 * 37 - 1);
    expect(held.claims[0]!.fields.size).toBe(3);
    // And still answers for each row.
    expect(ledger.claim("t1", soon(), "DISCLOSURE", [entry(ids[7]!, "Person.givenName")]).fresh).toEqual([]);
  });
});
