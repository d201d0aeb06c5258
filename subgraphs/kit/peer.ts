import { GraphQLError } from "graphql";
import type { InternalIdentity, PeerTokenSigner } from "../../common/auth/internal-token";
import type { SubgraphName } from "../../common/config";
import { ErrorCode, ServiceUnavailableError } from "../../common/errors";
import { serviceLogger } from "../../common/logger";
import { inClientSpan } from "../../common/telemetry/tracing";

/** Where the other subgraphs are reached (resolved when first needed: tests bind ports late). */
export type PeerUrls = () => Readonly<Record<SubgraphName, string>>;

/** Calls to other subgraphs on the caller's behalf, within one request. */
export interface Peers {
  query<T>(to: SubgraphName, query: string, variables?: Record<string, unknown>): Promise<T>;
}

export class PeerClient {
  constructor(
    private readonly signer: PeerTokenSigner,
    private readonly urls: PeerUrls,
    private readonly timeoutMs = 2_000,
    /** The calling subgraph (its spans name it). */
    private readonly from = "peer",
  ) {}

  forRequest(identity: InternalIdentity): Peers {
    return {
      query: async <T>(to: SubgraphName, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
        const token = await this.signer.sign(to, identity);
        let body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
        try {
          const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": identity.requestId };
          // A client span of the calling subgraph (the peer's spans join the request's trace).
          body = await inClientSpan(this.from, `peer ${to}`, { "dovetail.subgraph": to }, headers, async () => {
            const res = await fetch(this.urls()[to], { method: "POST", headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(this.timeoutMs) });
            return (await res.json()) as typeof body;
          });
        } catch (err) {
          serviceLogger("peer").error({ to, requestId: identity.requestId, err }, "peer subgraph unavailable");
          throw new ServiceUnavailableError(`The ${to} service is unavailable; try again shortly.`);
        }
        // A refusal or a bad input there is the caller's to see; anything else stays masked.
        const error = body.errors?.[0];
        if (error) {
          const code = String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
          if (code === ErrorCode.INTERNAL_SERVER_ERROR) throw new Error(`${to} failed a peer call: ${error.message}`);
          throw new GraphQLError(error.message, { extensions: { code } });
        }
        if (!body.data) throw new Error(`${to} answered a peer call without data`);
        return body.data;
      },
    };
  }
}

/** For contexts with no other subgraph to call (unit tests of one subgraph). */
export const NO_PEERS: Peers = {
  query: () => Promise.reject(new ServiceUnavailableError("No other subgraph is reachable from here.")),
};
