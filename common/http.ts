import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "./logger";
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from "@apollo/server";
import { methodLabel, routeLabel, serveMetrics, type ServiceMetrics } from "./telemetry/metrics";
import { inOperationSpan, inServerSpan, tracingEnabled } from "./telemetry/tracing";

export interface HttpContextArgs {
  req: http.IncomingMessage;
  res: http.ServerResponse;
}

/** A GraphQL request as it arrived, before Apollo sees it. */
export interface GraphQLHttpRequest {
  method: string;
  /** Parsed JSON body (POST), or the raw text for other content types. */
  body: unknown;
  /** The query string, with its `?` (GET requests carry the operation here). */
  search: string;
}

/** What a GraphQL request names, from its JSON body (POST) or its query string (GET). */
export interface GraphQLRequestFields {
  query?: string;
  operationName?: string;
  documentId?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

const asObject = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

function parsedParam(params: URLSearchParams, name: string): Record<string, unknown> | undefined {
  const text = params.get(name);
  if (!text) return undefined;
  try {
    return asObject(JSON.parse(text));
  } catch {
    // Apollo answers a malformed parameter itself.
    return undefined;
  }
}

/** The fields of one operation; nothing for a batch (an array body) or a body that is not JSON. */
export function graphQLFields(request: GraphQLHttpRequest): GraphQLRequestFields {
  if (request.method === "GET") {
    const params = new URLSearchParams(request.search);
    return {
      query: params.get("query") ?? undefined,
      operationName: params.get("operationName") ?? undefined,
      documentId: params.get("documentId") ?? undefined,
      variables: parsedParam(params, "variables"),
      extensions: parsedParam(params, "extensions"),
    };
  }
  const body = asObject(request.body) ?? {};
  return {
    query: asString(body.query),
    operationName: asString(body.operationName),
    documentId: asString(body.documentId),
    variables: asObject(body.variables),
    extensions: asObject(body.extensions),
  };
}

/** A request refused before it reaches Apollo: a GraphQL error body with this status and code. */
export class RequestRefusedError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    /** More `extensions` (e.g. `retryAfterSeconds`) and response headers (e.g. `Retry-After`). */
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: ContextFunction<[HttpContextArgs], TContext>;
  /** Readiness: true when the service can do its work (database reachable, ...), with details to show. */
  ready?: () => Promise<boolean | { ready: boolean; details: Record<string, unknown> }>;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Looks at (and may rewrite) each request before Apollo; throws RequestRefusedError to refuse it. */
  admit?: (request: GraphQLHttpRequest, req: http.IncomingMessage) => GraphQLHttpRequest | Promise<GraphQLHttpRequest>;
  /** One access line per request (request id, operation, status, time, error codes). */
  logger?: Logger;
  /**
   * Every other path (the gateway's web app and sign-in): answers and returns true, or returns
   * false to leave the JSON 404. Never called for `/graphql` or `/health/*`.
   */
  routes?: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean;
  /**
   * The service's metrics (requests by route and status) and traces (a span per request and per
   * operation); `exposeMetrics` answers `GET /metrics` here (else 404: production serves them on
   * the metrics listener).
   */
  telemetry?: { metrics: ServiceMetrics; exposeMetrics: boolean };
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * The request's id: the caller's `x-request-id` when well formed, else a new one. Written back on
 * the request (so the context reads it) and on the response; the gateway passes it to subgraphs.
 */
export function requestIdOf(req: http.IncomingMessage): string {
  const header = req.headers["x-request-id"];
  if (typeof header === "string" && REQUEST_ID.test(header)) return header;
  const id = randomUUID();
  req.headers["x-request-id"] = id;
  return id;
}

const GRAPHQL_PATH = "/graphql";

class HttpError extends RequestRefusedError {}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  // With a final newline, as Apollo writes its answers: a refusal here reads like one from Apollo.
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, { ...headers, "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        // Keep draining (not destroying) so the 413 reaches the client.
        tooLarge = true;
        chunks.length = 0;
        reject(new HttpError(413, `Request body larger than ${limit} bytes`, "PAYLOAD_TOO_LARGE"));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function parseBody(req: http.IncomingMessage, limit: number): Promise<unknown> {
  if (req.method !== "POST") return undefined;
  const text = await readBody(req, limit);
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  // Apollo's CSRF prevention decides about non-JSON content types; we only parse JSON.
  if (!type.startsWith("application/json") && !type.startsWith("application/graphql-response+json")) return text;
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "Request body is not valid JSON", "BAD_REQUEST");
  }
}

/**
 * A lean HTTP front for Apollo Server: `/graphql`, `/health/live` and `/health/ready`, and
 * whatever `routes` answers (no express, no body-parser): the gateway and every subgraph use it.
 */
export function createGraphQLHttpServer<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>): http.Server {
  const limit = options.maxBodyBytes ?? 1_000_000;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const telemetry = options.telemetry;
    if (telemetry) {
      const route = routeLabel(url.pathname);
      res.once("finish", () => telemetry.metrics.httpRequests.inc({ route, method: methodLabel(req.method), status: String(res.statusCode) }));
    }
    if (url.pathname === "/health/live") {
      sendJson(res, 200, { status: "ok" });
      return;
    }
    if (url.pathname === "/health/ready") {
      const check = options.ready ?? (async () => true);
      check().then(
        (result) => {
          const { ready, details } = typeof result === "boolean" ? { ready: result, details: {} } : result;
          sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "unavailable", ...details });
        },
        () => sendJson(res, 503, { status: "unavailable" }),
      );
      return;
    }
    if (url.pathname === "/metrics") {
      if (telemetry?.exposeMetrics) serveMetrics(res, [telemetry.metrics]);
      else sendJson(res, 404, { errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] });
      return;
    }
    if (url.pathname !== GRAPHQL_PATH) {
      if (!url.pathname.startsWith("/health/") && options.routes?.(req, res, url)) return;
      sendJson(res, 404, { errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] });
      return;
    }
    if (telemetry && tracingEnabled()) void inServerSpan(telemetry.metrics.service, req, res, GRAPHQL_PATH, requestIdOf(req), () => handleGraphQL(req, res, url, options, limit));
    else void handleGraphQL(req, res, url, options, limit);
  });
  server.keepAliveTimeout = 65_000;
  return server;
}

async function handleGraphQL<TContext extends BaseContext>(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  options: GraphQLHttpOptions<TContext>,
  limit: number,
): Promise<void> {
  const started = process.hrtime.bigint();
  const requestId = requestIdOf(req);
  res.setHeader("x-request-id", requestId);
  let operationName: string | undefined;
  const access = (status: number, errors: string[]) =>
    options.logger?.info({ requestId, method: req.method, status, operationName, ms: Number(process.hrtime.bigint() - started) / 1e6, ...(errors.length > 0 ? { errors } : {}) }, "request");
  try {
    let request: GraphQLHttpRequest = { method: (req.method ?? "GET").toUpperCase(), body: await parseBody(req, limit), search: url.search };
    operationName = graphQLFields(request).operationName?.slice(0, 100);
    if (options.admit) request = await options.admit(request, req);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const execute = () =>
      options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method, headers, search: request.search, body: request.body },
        context: () => options.context({ req, res }),
      });
    const response = options.telemetry && tracingEnabled() ? await inOperationSpan(options.telemetry.metrics.service, execute) : await execute();
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      access(res.statusCode, errorCodesOf(response.body.string));
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
    access(res.statusCode, []);
  } catch (err) {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (err instanceof RequestRefusedError) {
      sendJson(res, err.status, { errors: [{ message: err.message, extensions: { code: err.code, ...err.extensions } }] }, err.headers);
      access(err.status, [err.code]);
      return;
    }
    options.logger?.error({ requestId, err }, "request failed");
    sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    access(500, ["INTERNAL_SERVER_ERROR"]);
  }
}

/** The `extensions.code` of each error in a response (never their messages: they may quote input). */
function errorCodesOf(body: string): string[] {
  if (!body.includes('"errors"')) return [];
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return (parsed.errors ?? []).map((e) => String(e.extensions?.code ?? "UNKNOWN"));
  } catch {
    return [];
  }
}

/** Listens and resolves with the bound port (port 0 picks a free one). */
export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Graceful stop: no new connections; requests in flight finish (their keep-alive sockets are
 * closed as each goes idle); whatever is still open after `drainMs` is cut.
 */
export function close(server: http.Server, drainMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => server.closeAllConnections(), drainMs);
    server.close((err) => {
      clearInterval(idle);
      clearTimeout(cut);
      if (err) reject(err);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
