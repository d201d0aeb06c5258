import type { GraphQLFormattedError } from "graphql";
import { capErrors, MAX_REQUEST_ERRORS, REFUSED, refusedDocument } from "../../gateway/client-errors";

const requestError = (i: number): GraphQLFormattedError => ({ message: `request ${i}`, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
const fieldError = (i: number): GraphQLFormattedError => ({ message: `field ${i}`, path: ["cases", i, "ctRiskAssessment"], extensions: { code: "FORBIDDEN" } });

describe("the errors a response carries (gateway/client-errors.ts)", () => {
  it("keeps up to the cap of errors without a path as they are", () => {
    const errors = Array.from({ length: MAX_REQUEST_ERRORS }, (_, i) => requestError(i));
    expect(capErrors(errors)).toBe(errors);
  });

  it("cuts the errors without a path to the cap, the last a note of how many were left out, and keeps every field's error", () => {
    const fields = Array.from({ length: 50 }, (_, i) => fieldError(i));
    const requests = Array.from({ length: MAX_REQUEST_ERRORS + 3 }, (_, i) => requestError(i));
    const capped = capErrors([...fields.slice(0, 25), ...requests, ...fields.slice(25)]);
    expect(capped.filter((e) => e.path)).toEqual(fields);
    const withoutPath = capped.filter((e) => !e.path);
    expect(withoutPath).toHaveLength(MAX_REQUEST_ERRORS);
    expect(withoutPath.slice(0, -1)).toEqual(requests.slice(0, MAX_REQUEST_ERRORS - 1));
    expect(capped.at(-1)).toEqual({ message: "4 more errors not shown.", extensions: { code: "TOO_MANY_ERRORS", notShown: 4 } });
  });

  it("answers a refused document with a message that names nothing and the request id", () => {
    expect(refusedDocument("validation", "req-1")).toEqual({ message: REFUSED.validation.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED", requestId: "req-1" } });
    expect(refusedDocument("parse", "req-2").extensions).toEqual({ code: "GRAPHQL_PARSE_FAILED", requestId: "req-2" });
    expect(refusedDocument("variables", "req-3").extensions).toEqual({ code: "BAD_USER_INPUT", requestId: "req-3" });
    for (const { message } of Object.values(REFUSED)) expect(message).not.toMatch(/"|Query|Case|field|type/);
  });
});
