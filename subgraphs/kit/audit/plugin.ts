import type { ApolloServerPlugin } from "@apollo/server";
import { INTERNAL_CLOCK_TOLERANCE_SECONDS } from "../../../common/auth/internal-token";
import { ErrorCode } from "../../../common/errors";
import type { RequestScope, SubgraphContext } from "../context.type";
import type { AuditWriter } from "./audit-writer";
import { TxnLedger } from "./ledger";
import { canonicalEntries, subjectsOfEntries, type AuditAction, type AuditEntry, type AuditRecordContent } from "./chain";
import { serviceLogger } from "../../../common/logger";
import { observeAppend } from "../telemetry";

type Ctx = SubgraphContext<unknown, unknown>;

export function recordContent(ctx: RequestScope, action: AuditAction, entries: readonly AuditEntry[], now = new Date()): AuditRecordContent {
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
    subjects: subjectsOfEntries(entries),
  };
}

/** A request's calls end at its deadline plus the verifier's clock tolerance (and a second of margin). */
export const LEDGER_GRACE_MS = (INTERNAL_CLOCK_TOLERANCE_SECONDS + 1) * 1000;

/**
 * Writes the request's disclosure record before its response leaves, holding only what this
 * client request has not already recorded here (see TxnLedger). If the record cannot be written,
 * nothing protected goes out: the data is dropped and the client is told why (fail closed).
 * Changes are not written here: each commits its record with itself (recordedTransaction).
 */
export function auditPlugin(subgraph: string, writer: AuditWriter, ledger = new TxnLedger({ graceMs: LEDGER_GRACE_MS })): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const actions = contextValue.audit.drain();
          if (actions.length === 0) return;
          try {
            const waits: Promise<unknown>[] = [];
            for (const [action, entries] of actions) {
              const { fresh, earlier, commit } = ledger.claim(contextValue.txn, contextValue.deadline, action, entries);
              waits.push(...earlier);
              if (fresh.length === 0) continue;
              const write = observeAppend(subgraph, action, fresh.length, () => writer.append(recordContent(contextValue, action, fresh))).then(() => undefined);
              commit(write);
              waits.push(write);
            }
            await Promise.all(waits);
          } catch (err) {
            serviceLogger(subgraph).error({ requestId: contextValue.requestId, err }, "audit record not written; response withheld");
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
