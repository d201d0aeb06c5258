import http from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from "@apollo/server";

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

/** A request refused before it reaches Apollo: a GraphQL error body with this status and code. */
export class RequestRefusedError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: ContextFunction<[HttpContextArgs], TContext>;
  /** Readiness: resolves true when the service can do its work (database reachable, ...). */
  ready?: () => Promise<boolean>;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Looks at (and may rewrite) each request before Apollo; throws RequestRefusedError to refuse it. */
  admit?: (request: GraphQLHttpRequest) => GraphQLHttpRequest;
}

const GRAPHQL_PATH = "/graphql";

class HttpError extends RequestRefusedError {}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
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
 * nothing else (no express, no body-parser): the gateway and every subgraph use it.
 */
export function createGraphQLHttpServer<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>): http.Server {
  const limit = options.maxBodyBytes ?? 1_000_000;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health/live") {
      sendJson(res, 200, { status: "ok" });
      return;
    }
    if (url.pathname === "/health/ready") {
      const check = options.ready ?? (async () => true);
      check().then(
        (ok) => sendJson(res, ok ? 200 : 503, { status: ok ? "ready" : "unavailable" }),
        () => sendJson(res, 503, { status: "unavailable" }),
      );
      return;
    }
    if (url.pathname !== GRAPHQL_PATH) {
      sendJson(res, 404, { errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] });
      return;
    }
    void handleGraphQL(req, res, url, options, limit);
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
  try {
    let request: GraphQLHttpRequest = { method: (req.method ?? "GET").toUpperCase(), body: await parseBody(req, limit), search: url.search };
    if (options.admit) request = options.admit(request);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method, headers, search: request.search, body: request.body },
      context: () => options.context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } catch (err) {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (err instanceof RequestRefusedError) {
      sendJson(res, err.status, { errors: [{ message: err.message, extensions: { code: err.code } }] });
      return;
    }
    sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
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

/** Stops accepting connections and closes idle keep-alive sockets so shutdown is prompt. */
export function close(server: http.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeIdleConnections();
  });
}
