import { useState } from "react";
import { graphql } from "../../generated";
import type { DpoAuditChainStatusQuery } from "../../generated/graphql";
import { execute } from "../../graphql/client";
import { RequestFailure, type GraphQLErrorShape } from "../../graphql/errors";
import { errorsOf, useQuery } from "../../graphql/hooks";
import { formatDateTime } from "../../shell/labels";
import { Loading, Problem, RequestId, useTitle } from "../../shell/page";
import { Link, queryString } from "../../shell/router";
import { subgraphLabel } from "../labels";
import { DpoRefusal, refusalAt } from "../refusal";

const DpoAuditChainStatus = graphql(`
  query DpoAuditChainStatus {
    auditChainStatus {
      checkedAt
      intact
      chains {
        subgraph
        state
        records
        problem
        startedAt
        finishedAt
        firstBroken {
          recordId
          seq
          reason
        }
      }
    }
  }
`);

/** On opening: the newest record across the services (how fresh the chains are), and whether the platform lets this user here at all. */
const DpoLatestRecord = graphql(`
  query DpoLatestRecord {
    disclosures(first: 1) {
      edges {
        node {
          id
          recordedAt
        }
      }
    }
  }
`);

type Status = NonNullable<DpoAuditChainStatusQuery["auditChainStatus"]>;

type PageState =
  | { status: "idle" }
  | { status: "verifying" }
  | { status: "failed"; failure: RequestFailure }
  | { status: "refused"; error: GraphQLErrorShape; requestId: string }
  | { status: "done"; result: Status; requestId: string };

const STATE_TAGS: Record<string, { text: string; className: string }> = {
  INTACT: { text: "Intact", className: "govuk-tag--green" },
  BROKEN: { text: "Broken", className: "govuk-tag--red" },
  UNAVAILABLE: { text: "Not verified", className: "govuk-tag--grey" },
};

/**
 * `/dpo/chain`: every service's audit chain, verified when the data protection officer asks (a
 * long chain takes a while, and the platform runs one verification at a time), with the first
 * broken record named and linked to the trail.
 */
export function ChainPage() {
  const [state, setState] = useState<PageState>({ status: "idle" });
  const latest = useQuery(DpoLatestRecord, {}, { referenceOnly: true });
  const opened = latest.state;
  const openRefused = opened.status === "done" ? refusalAt(errorsOf(opened), "disclosures") : undefined;
  useTitle("Chain status", state.status === "failed" || state.status === "refused" || openRefused !== undefined);

  const verify = async () => {
    setState({ status: "verifying" });
    try {
      const result = await execute(DpoAuditChainStatus, {}, { referenceOnly: true });
      const refused = refusalAt(result.errors, "auditChainStatus");
      if (refused || !result.data?.auditChainStatus) {
        setState({ status: "refused", error: refused ?? { message: "The platform answered without a chain status.", extensions: { code: "INTERNAL_SERVER_ERROR" } }, requestId: result.requestId });
        return;
      }
      setState({ status: "done", result: result.data.auditChainStatus, requestId: result.requestId });
    } catch (err) {
      setState({ status: "failed", failure: err instanceof RequestFailure ? err : new RequestFailure(String(err), "CLIENT_ERROR", "none", 0) });
    }
  };

  return (
    <>
      <span className="govuk-caption-l">Data protection</span>
      <h1 className="govuk-heading-l">Chain status</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Each service keeps its records as a hash chain: every record's hash covers its contents and the record before it, and the chain's head names the last one. Verifying walks every chain from
            its first record and names the first one that does not hold: edited, deleted or replaced.
          </p>
          <p className="govuk-body">A long chain takes a while to verify. The platform verifies one request at a time; asking again while it runs gives that run's answer.</p>
          {opened.status === "loading" && <Loading what="the newest record" />}
          {opened.status === "failed" && <Problem failure={opened.failure} retry={() => void latest.refetch()} />}
          {opened.status === "done" && !openRefused && (
            <p className="govuk-body" data-testid="latest-record">
              {opened.data?.disclosures?.edges[0]
                ? `The newest record is ${opened.data.disclosures.edges[0].node.id}, written ${formatDateTime(opened.data.disclosures.edges[0].node.recordedAt)}.`
                : "No record has been written yet."}
            </p>
          )}
        </div>
      </div>
      {openRefused && opened.status === "done" ? (
        <DpoRefusal what="the audit chains' status" error={openRefused} requestId={opened.requestId} />
      ) : (
        <VerifyButton state={state} verify={() => void verify()} />
      )}
      <div aria-live="polite">
        {state.status === "verifying" && (
          <p className="govuk-body" role="status">
            Verifying every chain…
          </p>
        )}
      </div>
      {state.status === "failed" && <Problem failure={state.failure} retry={() => void verify()} />}
      {state.status === "refused" && <DpoRefusal what="the audit chains' status" error={state.error} requestId={state.requestId} />}
      {state.status === "done" && <ChainTable status={state.result} requestId={state.requestId} />}
    </>
  );
}

function VerifyButton({ state, verify }: { state: PageState; verify: () => void }) {
  return (
    <button type="button" className="govuk-button" data-testid="verify-chains" disabled={state.status === "verifying"} aria-disabled={state.status === "verifying"} onClick={verify}>
      {state.status === "done" ? "Verify again" : "Verify the chains now"}
    </button>
  );
}

function ChainTable({ status, requestId }: { status: Status; requestId: string }) {
  return (
    <>
      {status.intact ? (
        <div className="govuk-panel govuk-panel--confirmation app-chain-summary" data-testid="chains-intact">
          <h2 className="govuk-panel__title">Every chain is intact</h2>
          <div className="govuk-panel__body">Verified {formatDateTime(status.checkedAt)}</div>
        </div>
      ) : (
        <div className="govuk-warning-text" data-testid="chains-not-intact">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Not every chain could be shown intact. Verified {formatDateTime(status.checkedAt)}.
          </strong>
        </div>
      )}
      <table className="govuk-table" data-testid="chain-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Audit chains by service</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Service
            </th>
            <th scope="col" className="govuk-table__header">
              State
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Records verified
            </th>
            <th scope="col" className="govuk-table__header">
              First broken record
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {status.chains.map((c) => {
            const tag = STATE_TAGS[c.state] ?? { text: c.state, className: "govuk-tag--grey" };
            return (
              <tr className="govuk-table__row" key={c.subgraph} data-testid="chain" data-subgraph={c.subgraph} data-state={c.state}>
                <th scope="row" className="govuk-table__header">
                  {subgraphLabel(c.subgraph)}
                </th>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${tag.className}`}>{tag.text}</strong>
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{c.records ?? "–"}</td>
                <td className="govuk-table__cell">
                  {c.firstBroken ? (
                    <>
                      <span className="govuk-!-font-weight-bold" data-testid="first-broken">
                        Record {c.firstBroken.seq} ({c.firstBroken.recordId})
                      </span>
                      : {c.firstBroken.reason}
                    </>
                  ) : c.problem ? (
                    c.problem
                  ) : (
                    "None"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="govuk-body-s">
        Records of a subgraph are listed in the <Link to={`/dpo/disclosures${queryString({})}`}>disclosure trail</Link>, where each carries its record id (service and position).
      </p>
      <RequestId id={requestId} />
    </>
  );
}
