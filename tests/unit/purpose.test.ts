import { formatPurpose, parsePurpose, PURPOSES } from "../../common/policy/purpose";

describe("x-purpose", () => {
  it.each(PURPOSES)("reads %s in any case and spacing", (phrase) => {
    expect(parsePurpose(phrase.toUpperCase())).toEqual({ purpose: { reason: phrase } });
    expect(parsePurpose(`  ${phrase.replace(" ", "   ")} `)).toEqual({ purpose: { reason: phrase } });
  });

  it("reads an optional case reference, and a person for subject access", () => {
    expect(parsePurpose("case review; case=ch-2018-00042")).toEqual({ purpose: { reason: "case review", caseReference: "CH-2018-00042" } });
    expect(parsePurpose("Subject Access; person=abc-123")).toEqual({ purpose: { reason: "subject access", personId: "abc-123" } });
    expect(formatPurpose({ reason: "case review", caseReference: "DDP-2019-00007" })).toBe("case review; case=DDP-2019-00007");
  });

  it.each([
    ["absent", undefined, null],
    ["blank", "  ", null],
    ["unknown", "just looking", /unknown purpose/],
    ["a bad reference", "screening; case=CH-18-1", /cannot read/],
    ["a person outside subject access", "case review; person=abc", /cannot read/],
    ["an unknown parameter", "screening; because=reasons", /cannot read/],
    ["two references", "screening; case=CH-2018-00001; case=CH-2018-00002", /cannot read/],
    ["too long", `screening; case=${"x".repeat(300)}`, /longer than/],
  ])("refuses %s", (_, header, problem) => {
    const parsed = parsePurpose(header);
    expect(parsed.purpose).toBeNull();
    if (problem === null) expect(parsed.problem).toBeNull();
    else expect(parsed.problem).toMatch(problem);
  });
});
