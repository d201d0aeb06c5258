import { RequestRefusedError, type GraphQLHttpRequest } from "../../common/http";
import { OperationManifest, OperationSafelist, sha256 } from "../../gateway/safelist";

const LISTED = "query Agencies { agencies { id name } }";
const manifest = OperationManifest.fromJson({ [`sha256:${sha256(LISTED)}`]: LISTED });
const post = (body: unknown): GraphQLHttpRequest => ({ method: "POST", body, search: "" });
const get = (params: Record<string, string>): GraphQLHttpRequest => ({ method: "GET", body: undefined, search: `?${new URLSearchParams(params).toString()}` });

function refusedCode(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof RequestRefusedError) return `${err.status} ${err.code}`;
    throw err;
  }
}

describe("operation safelist", () => {
  const enforce = new OperationSafelist("enforce", manifest);

  it("runs a listed operation sent as text, in any layout, or by id", () => {
    expect(enforce.admit(post({ query: LISTED }))).toEqual(post({ query: LISTED }));
    expect(refusedCode(() => enforce.admit(post({ query: "query Agencies {\n  agencies {\n    name\n    id\n  }\n}\n# a comment" })))).toBeNull();
    const byHash = enforce.admit(post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(LISTED) } }, variables: {} }));
    expect(byHash.body).toMatchObject({ query: LISTED, extensions: { persistedQuery: { sha256Hash: sha256(LISTED) } } });
    expect(enforce.admit(post({ documentId: `sha256:${sha256(LISTED)}` })).body).toEqual({ query: LISTED });
    const viaGet = enforce.admit(get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(LISTED) } }) }));
    expect(new URLSearchParams(viaGet.search).get("query")).toBe(LISTED);
  });

  it("refuses anything else under enforce, before Apollo parses it", () => {
    expect(refusedCode(() => enforce.admit(post({ query: "{ agencies { id } }" })))).toBe("400 OPERATION_NOT_SAFELISTED");
    expect(refusedCode(() => enforce.admit(post({ query: "query Agencies { agencies { id name kind } }" })))).toBe("400 OPERATION_NOT_SAFELISTED");
    expect(refusedCode(() => enforce.admit(post({ query: "not graphql {" })))).toBe("400 OPERATION_NOT_SAFELISTED");
    expect(refusedCode(() => enforce.admit(post({ extensions: { persistedQuery: { version: 1, sha256Hash: "a".repeat(64) } } })))).toBe("400 OPERATION_NOT_SAFELISTED");
    expect(refusedCode(() => enforce.admit(get({ query: "{ agencies { id } }" })))).toBe("400 OPERATION_NOT_SAFELISTED");
    expect(refusedCode(() => enforce.admit(post([{ query: LISTED }])))).toBe("400 OPERATION_NOT_SAFELISTED");
  });

  it("runs anything under log, warning once per operation; quietly under off", () => {
    const warnings: string[] = [];
    const log = new OperationSafelist("log", manifest, (m) => warnings.push(m));
    const other = post({ query: "query Other { agencies { id } }", operationName: "Other" });
    expect(log.admit(other)).toEqual(other);
    log.admit(other);
    log.admit(post({ query: LISTED }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/operation Other \(sha256 [0-9a-f]{12}\) is not in the operation manifest/);
    const off = new OperationSafelist("off", manifest, (m) => warnings.push(m));
    expect(off.admit(other)).toEqual(other);
    // An unknown APQ hash goes on to Apollo's cache; an unknown documentId is answered here.
    const apq = post({ extensions: { persistedQuery: { version: 1, sha256Hash: "b".repeat(64) } } });
    expect(off.admit(apq)).toEqual(apq);
    expect(refusedCode(() => off.admit(post({ documentId: "sha256:" + "c".repeat(64) })))).toBe("400 PERSISTED_QUERY_NOT_FOUND");
    expect(warnings).toHaveLength(1);
  });

  it("checks the manifest itself, and needs one to enforce", () => {
    expect(() => OperationManifest.fromJson({ [`sha256:${"0".repeat(64)}`]: LISTED })).toThrow(/does not hash to its id/);
    expect(() => OperationManifest.fromJson({ agencies: LISTED })).toThrow(/not sha256:<hex>/);
    expect(() => OperationManifest.fromJson([LISTED])).toThrow(/not an object/);
    expect(() => OperationManifest.load("/nonexistent/manifest.json")).toThrow(/npm run codegen/);
    expect(() => new OperationSafelist("enforce", null)).toThrow(/needs the operation manifest/);
  });
});
