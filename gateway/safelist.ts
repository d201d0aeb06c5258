import { createHash } from "node:crypto";
import fs from "node:fs";
import { printExecutableGraphQLDocument } from "@graphql-tools/documents";
import { parse } from "graphql";
import { ErrorCode } from "../common/errors";
import { graphQLFields, RequestRefusedError, type GraphQLHttpRequest } from "../common/http";
import { serviceLogger } from "../common/logger";

/**
 * SAFELISTED OPERATIONS: in production the gateway runs only the operations our typed clients
 * were built with. `npm run codegen` writes their manifest (`sha256` of each operation, as
 * printed by the codegen, to the operation); a request names one by id (the APQ hash, or a
 * `documentId`), or sends a document that is, once printed the same way, one of them.
 *
 * `enforce` refuses anything else (`OPERATION_NOT_SAFELISTED`, HTTP 400) before it is parsed,
 * validated or planned; `log` runs it and warns once per operation; `off` runs it quietly.
 * Ids from the manifest are resolved in every mode, so clients can always send only the id.
 */
export type SafelistMode = "enforce" | "log" | "off";

export class OperationManifest {
  private constructor(private readonly operations: ReadonlyMap<string, string>) {}

  /** `{"sha256:<hex>": "<operation>"}`, as the client preset writes it; every hash checked. */
  static fromJson(json: unknown, source = "manifest"): OperationManifest {
    if (json === null || typeof json !== "object" || Array.isArray(json)) throw new Error(`${source}: not an object of id -> operation`);
    const operations = new Map<string, string>();
    for (const [id, document] of Object.entries(json)) {
      const hash = id.replace(/^sha256:/, "");
      if (typeof document !== "string" || !/^[0-9a-f]{64}$/.test(hash)) throw new Error(`${source}: entry ${JSON.stringify(id)} is not sha256:<hex> -> operation`);
      if (sha256(document) !== hash) throw new Error(`${source}: entry ${id} does not hash to its id`);
      operations.set(hash, document);
    }
    return new OperationManifest(operations);
  }

  static load(file: string): OperationManifest {
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch {
      throw new Error(`The operation manifest ${file} cannot be read: run \`npm run codegen\`.`);
    }
    return OperationManifest.fromJson(JSON.parse(text) as unknown, file);
  }

  get size(): number {
    return this.operations.size;
  }

  get(hash: string): string | undefined {
    return this.operations.get(hash.replace(/^sha256:/, ""));
  }

  has(hash: string): boolean {
    return this.operations.has(hash.replace(/^sha256:/, ""));
  }
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const VERDICTS = 2_000;

export class OperationSafelist {
  /** Documents already judged, by the hash of their exact text. */
  private readonly verdicts = new Map<string, boolean>();
  private readonly warned = new Set<string>();

  constructor(
    readonly mode: SafelistMode,
    private readonly manifest: OperationManifest | null,
    private readonly warn: (message: string) => void = (m) => serviceLogger("gateway").warn(m),
  ) {
    if (mode === "enforce" && !manifest) throw new Error("OPERATION_SAFELIST=enforce needs the operation manifest (OPERATION_MANIFEST).");
  }

  /** Resolves an id to its operation and judges the document; throws RequestRefusedError under `enforce`. */
  admit(request: GraphQLHttpRequest): GraphQLHttpRequest {
    if (Array.isArray(request.body)) {
      if (this.mode === "enforce") throw refusal("Batched requests are not accepted: send one operation per request.");
      return request;
    }
    const fields = graphQLFields(request);
    let query = fields.query;
    const id = fields.documentId ?? hashOf(fields.extensions);
    if (query === undefined && id !== undefined) {
      const known = this.manifest?.get(id);
      if (known !== undefined) {
        query = known;
        request = withFields(request, { query, dropDocumentId: fields.documentId !== undefined });
      } else if (this.mode === "enforce") {
        throw refusal(`Operation ${id} is not in the operation manifest.`);
      } else if (fields.documentId !== undefined) {
        throw new RequestRefusedError(400, `Unknown documentId ${id}.`, "PERSISTED_QUERY_NOT_FOUND");
      }
      // Otherwise an APQ hash the cache may know: Apollo's persisted queries take it from here.
    }
    if (query === undefined || this.mode === "off") return request;
    if (!this.known(query)) {
      if (this.mode === "enforce") throw refusal(`Operation ${fields.operationName ?? "(anonymous)"} is not in the operation manifest: production runs only the operations the typed clients were built with.`);
      const hash = sha256(query);
      if (!this.warned.has(hash) && this.warned.size < VERDICTS) {
        this.warned.add(hash);
        this.warn(`[gateway] operation ${fields.operationName ?? "(anonymous)"} (sha256 ${hash.slice(0, 12)}) is not in the operation manifest`);
      }
    }
    return request;
  }

  private known(query: string): boolean {
    if (!this.manifest) return false;
    const hash = sha256(query);
    if (this.manifest.has(hash)) return true;
    let verdict = this.verdicts.get(hash);
    if (verdict === undefined) {
      verdict = this.normalisedMatch(query);
      if (this.verdicts.size >= VERDICTS) this.verdicts.clear();
      this.verdicts.set(hash, verdict);
    }
    return verdict;
  }

  /** The same operation, however it is laid out: printed as the codegen prints it. */
  private normalisedMatch(query: string): boolean {
    try {
      return this.manifest!.has(sha256(printExecutableGraphQLDocument(parse(query, { noLocation: true }))));
    } catch {
      return false;
    }
  }
}

function refusal(message: string): RequestRefusedError {
  return new RequestRefusedError(400, message, ErrorCode.OPERATION_NOT_SAFELISTED);
}

function hashOf(extensions: Record<string, unknown> | undefined): string | undefined {
  const hash = (extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
  return typeof hash === "string" ? hash : undefined;
}

function withFields(request: GraphQLHttpRequest, change: { query: string; dropDocumentId: boolean }): GraphQLHttpRequest {
  if (request.method === "GET") {
    const params = new URLSearchParams(request.search);
    params.set("query", change.query);
    if (change.dropDocumentId) params.delete("documentId");
    return { ...request, search: `?${params.toString()}` };
  }
  const { documentId, ...rest } = request.body as Record<string, unknown>;
  return { ...request, body: { ...rest, query: change.query, ...(change.dropDocumentId ? {} : { documentId }) } };
}
