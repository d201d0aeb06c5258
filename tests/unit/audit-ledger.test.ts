import { TxnLedger } from "../../subgraphs/kit/audit/ledger";

const entry = (id: string, ...fields: string[]) => ({ type: "Person", id, subjectId: id, fields });

describe("one record per disclosure within a client request", () => {
  it("records a field of a row once per request, and waits for the write that did", async () => {
    const ledger = new TxnLedger();
    const first = ledger.claim("t1", "DISCLOSURE", [entry("p1", "Person.givenName", "Person.familyName")]);
    expect(first.fresh).toEqual([entry("p1", "Person.givenName", "Person.familyName")]);
    let resolve!: () => void;
    const write = new Promise<void>((r) => (resolve = r));
    first.commit(write);

    const second = ledger.claim("t1", "DISCLOSURE", [entry("p1", "Person.givenName", "Person.town"), entry("p2", "Person.givenName")]);
    expect(second.fresh).toEqual([entry("p1", "Person.town"), entry("p2", "Person.givenName")]);
    expect(second.earlier).toEqual([write]);
    resolve();
    await expect(Promise.all(second.earlier)).resolves.toBeDefined();

    // Another request records everything itself.
    expect(ledger.claim("t2", "DISCLOSURE", [entry("p1", "Person.givenName")]).fresh).toEqual([entry("p1", "Person.givenName")]);
    // Another action is another record.
    expect(ledger.claim("t1", "ALTERATION", [entry("p1", "Person.givenName")]).fresh).toEqual([entry("p1", "Person.givenName")]);
  });

  it("fails a call that relied on a write that failed, and lets the next call record the field itself", async () => {
    const ledger = new TxnLedger();
    const first = ledger.claim("t1", "DISCLOSURE", [entry("p1", "Person.givenName")]);
    const failed = Promise.reject(new Error("audit store down"));
    first.commit(failed);
    const second = ledger.claim("t1", "DISCLOSURE", [entry("p1", "Person.givenName")]);
    await expect(Promise.all(second.earlier)).rejects.toThrow("audit store down");
    await new Promise((r) => setImmediate(r));
    expect(ledger.claim("t1", "DISCLOSURE", [entry("p1", "Person.givenName")]).fresh).toEqual([entry("p1", "Person.givenName")]);
  });
});
