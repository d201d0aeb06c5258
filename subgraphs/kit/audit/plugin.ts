import type { ApolloServerPlugin } from "@apollo/server";
import { ErrorCode } from "../../../common/errors";
import type { SubgraphContext } from "../context.type";
import type { AuditWriter } from "./audit-writer";
import { canonicalEntries, type AuditAction, type AuditEntry, type AuditRecordContent } from "./chain";

type Ctx = SubgraphContext<unknown, unknown>;

export function recordContent(ctx: Ctx, action: AuditAction, entries: readonly AuditEntry[], now = new Date()): AuditRecordContent {
  const principal = ctx.access.principal;
  return {
    recordedAt: now,
    action,
    requestId: ctx.requestId,
    txn: ctx.txn,
    operationName: ctx.operationName,
    userSub: principal.sub,
    userIssuer: principal.issuer,
    agencyId: principal.agencyId,
    roles: principal.roles.join(","),
    purpose: ctx.purpose?.reason ?? null,
    purposeCase: ctx.purpose?.caseReference ?? null,
    purposePerson: ctx.purpose?.personId ?? null,
    entries: canonicalEntries(entries),
  };
}

/**
 * Writes the request's record(s) before its response leaves: one per action the request took
 * (disclosure, collection, alteration, erasure). If the record cannot be written, nothing
 * protected goes out: the data is dropped and the client is told why (fail closed).
 */
export function auditPlugin(subgraph: string, writer: AuditWriter): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const actions = contextValue.audit.drain();
          if (actions.length === 0) return;
          try {
            for (const [action, entries] of actions) await writer.append(recordContent(contextValue, action, entries));
          } catch (err) {
            console.error(`[${subgraph}] audit record not written; withholding the response (request ${contextValue.requestId}):`, (err as Error).message);
            if (response.body.kind === "single") {
              response.body.singleResult = {
                data: null,
                errors: [
                  {
                    message: "The disclosure could not be recorded, so the protected data was withheld. Try again shortly.",
                    extensions: { code: ErrorCode.AUDIT_UNAVAILABLE },
                  },
                ],
              };
            }
          }
        },
      };
    },
  };
}
