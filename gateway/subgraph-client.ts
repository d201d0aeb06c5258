import http from "node:http";
import { ErrorCode } from "../common/errors";
import { serviceLogger } from "../common/logger";

/** A subgraph call that failed: the message names the subgraph only (never its URL or body). */
export class SubgraphCallError extends Error {
  readonly extensions: { code: string };

  constructor(message: string) {
    super(message);
    this.extensions = { code: ErrorCode.SERVICE_UNAVAILABLE };
  }
}

export interface SubgraphAnswer {
  status: number;
  statusText: string;
  contentType: string;
  text: string;
}

/** Only a query may be sent twice: a mutation that reached the subgraph must not run again. */
export function isRetryable(query: string): boolean {
  return !/^\s*mutation\b/.test(query);
}

const CONNECTION_FAILURES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ECONNABORTED"]);

class DeadlineError extends Error {}

/**
 * How the gateway calls one subgraph: node:http on a keep-alive agent (no WHATWG fetch, no
 * streams of its own, no Request or Headers objects per call), a deadline on the whole answer,
 * and one retry of a query, never a mutation, when the connection itself failed (a restarted
 * subgraph or a keep-alive socket it closed). A hung or dead subgraph costs at most the deadline.
 */
export class SubgraphClient {
  private readonly url: URL;
  private readonly agent: http.Agent;

  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly timeoutMs: number,
  ) {
    this.url = new URL(url);
    if (this.url.protocol !== "http:") throw new Error(`Subgraph ${subgraph}: only http:// URLs are supported inside the platform (got ${this.url.protocol})`);
    // LIFO keeps the warmest sockets busy and lets the rest time out.
    this.agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 1_000, maxSockets: 256, maxFreeSockets: 64, scheduling: "lifo", timeout: 60_000 });
  }

  async post(body: string, headers: Record<string, string>, retryable: boolean): Promise<SubgraphAnswer> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(body, headers);
      } catch (err) {
        if (err instanceof DeadlineError) {
          serviceLogger("gateway").warn({ subgraph: this.subgraph, timeoutMs: this.timeoutMs }, "subgraph call timed out");
          throw new SubgraphCallError(`The ${this.subgraph} service did not answer within ${this.timeoutMs} ms.`);
        }
        const code = (err as { code?: unknown }).code;
        if (attempt === 0 && retryable && typeof code === "string" && CONNECTION_FAILURES.has(code)) continue;
        serviceLogger("gateway").warn({ subgraph: this.subgraph, code: typeof code === "string" ? code : null, attempt }, "subgraph call failed");
        throw new SubgraphCallError(`The ${this.subgraph} service is unavailable.`);
      }
    }
  }

  close(): void {
    this.agent.destroy();
  }

  private once(body: string, headers: Record<string, string>): Promise<SubgraphAnswer> {
    return new Promise<SubgraphAnswer>((resolve, reject) => {
      const payload = Buffer.from(body, "utf8");
      const req = http.request({
        agent: this.agent,
        host: this.url.hostname,
        port: this.url.port || 80,
        path: `${this.url.pathname}${this.url.search}`,
        method: "POST",
        headers: { ...headers, "content-length": payload.length },
      });
      const timer = setTimeout(() => req.destroy(new DeadlineError()), this.timeoutMs);
      const fail = (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      };
      req.once("error", fail);
      req.once("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.once("error", fail);
        res.once("aborted", () => fail(new DeadlineError()));
        res.once("end", () => {
          clearTimeout(timer);
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? "",
            contentType: String(res.headers["content-type"] ?? ""),
            text: chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8"),
          });
        });
      });
      req.end(payload);
    });
  }
}
