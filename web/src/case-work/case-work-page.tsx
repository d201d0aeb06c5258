import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { useSignedIn } from "../auth/use-me";
import { execute } from "../graphql/client";
import { codeOf, RequestFailure, type GraphQLErrorShape } from "../graphql/errors";
import { useQuery } from "../graphql/hooks";
import { RequirePurpose } from "../purpose/purpose";
import { STAGE_LABELS, type Stage } from "../shell/labels";
import { Loading, Problem, RequestId, useTitle } from "../shell/page";
import { Link, useNavigate } from "../shell/router";
import { ACTION_TITLES, availableActions, isActionSlug, type ActionSlug } from "./actions";
import { AcceptForScreeningForm, CloseForm, DdpConditionsForm, ReviewForm, ScreeningDecisionForm, TransferForm } from "./forms";
import { PanelForm } from "./panel-form";
import { SupportPlanForm } from "./support-plan-form";
import { VafForm } from "./vaf-form";
import { CaseForWork, CaseWorkAgencies, changesBetween, type Change, type Work, type WorkCase } from "./work-case";

/** `/cases/:id/:action`: one case-work step, as a form. */
export function CaseWorkPage({ id, action }: { id: string; action: string }) {
  return (
    <RequirePurpose what="this case">
      <CaseWorkContent id={id} action={action} />
    </RequirePurpose>
  );
}

interface Conflict {
  changes: Change[];
  version: number | null;
  requestId: string;
}

function CaseWorkContent({ id, action }: { id: string; action: string }) {
  const me = useSignedIn();
  const navigate = useNavigate();
  const query = useQuery(CaseForWork, { id });
  const agencies = useQuery(CaseWorkAgencies, {}, { referenceOnly: true });
  const [current, setCurrent] = useState<WorkCase | null>(null);
  const [saving, setSaving] = useState(false);
  const [serverErrors, setServerErrors] = useState<readonly GraphQLErrorShape[]>([]);
  const [requestId, setRequestId] = useState<string | null>(null);
  const [failure, setFailure] = useState<RequestFailure | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const slug: ActionSlug | null = isActionSlug(action) ? action : null;
  const title = slug ? ACTION_TITLES[slug] : "Case work";
  useTitle(title, serverErrors.length > 0 || failure !== null);

  // The first reading of the case is what the form starts from; later ones come from conflicts.
  const loaded = query.state.status === "done" ? query.state.data?.case ?? null : null;
  useEffect(() => {
    if (loaded && !current) setCurrent(loaded);
  }, [loaded, current]);

  const save = useCallback(
    async <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<boolean> => {
      setSaving(true);
      setFailure(null);
      try {
        const result = await execute(document, variables);
        setRequestId(result.requestId);
        const conflicted = result.errors.find((e) => codeOf(e) === "CONFLICT");
        if (conflicted) {
          // Someone changed the case since it was read: read it again and show what changed. The
          // form keeps everything typed; saving again applies to the new version.
          const fresh = await query.refetch();
          const now = fresh?.data?.case ?? null;
          if (now && current) setConflict({ changes: changesBetween(current, now), version: now.version, requestId: result.requestId });
          if (now) setCurrent(now);
          setServerErrors([]);
          return false;
        }
        setConflict(null);
        setServerErrors(result.errors);
        const data = result.data as Record<string, unknown> | null;
        return result.errors.length === 0 && data !== null && Object.values(data).every((v) => v !== null);
      } catch (err) {
        setFailure(err instanceof RequestFailure ? err : new RequestFailure(String(err), "CLIENT_ERROR", "none", 0));
        return false;
      } finally {
        setSaving(false);
      }
    },
    [current, query],
  );

  const finish = useCallback((message: string) => navigate(`/cases/${id}`, { flash: message }), [id, navigate]);

  const work: Work | null = useMemo(
    () => (current ? { current, agencies: agencies.state.status === "done" ? (agencies.state.data?.agencies ?? []) : [], saving, serverErrors, save, finish } : null),
    [current, agencies.state, saving, serverErrors, save, finish],
  );

  if (query.state.status === "failed" && !current) {
    return (
      <>
        <h1 className="govuk-heading-l">{title}</h1>
        <Problem failure={query.state.failure} retry={() => void query.refetch()} />
      </>
    );
  }
  if (!work) {
    if (query.state.status === "done" && !loaded) {
      return (
        <>
          <h1 className="govuk-heading-l">Case not found</h1>
          <p className="govuk-body">There is no such case that you may work on: it does not exist, or your agency does not relate to it.</p>
          <RequestId id={query.state.requestId} />
        </>
      );
    }
    return (
      <>
        <h1 className="govuk-heading-l">{title}</h1>
        <Loading what="the case" />
      </>
    );
  }

  const reference = work.current.reference ?? work.current.id;
  const offered = availableActions(
    { stage: work.current.stage, programme: work.current.programme, leadAgencyId: work.current.leadAgency?.id ?? null, ddpManagerId: work.current.ddpConditions?.managingAgency?.id ?? null },
    me,
  ).some((a) => a.slug === slug);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/cases/${id}`} className="govuk-back-link">
          Back to case {reference}
        </Link>
        {conflict && <ConflictBanner conflict={conflict} />}
        {failure && <Problem failure={failure} />}
        <span className="govuk-caption-l">Case {reference}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {!slug ? (
          <p className="govuk-body">There is no such step.</p>
        ) : !offered && !conflict ? (
          <NotOffered stage={work.current.stage} id={id} />
        ) : (
          <>
            {!offered && (
              <div className="govuk-inset-text">
                After the changes above, this step may no longer apply to the case at its stage ({STAGE_LABELS[work.current.stage as Stage] ?? work.current.stage}). The platform will say if it does not.
              </div>
            )}
            {formFor(slug, work)}
          </>
        )}
        {requestId && serverErrors.length > 0 && <RequestId id={requestId} />}
      </div>
    </div>
  );
}

function formFor(slug: ActionSlug, work: Work): ReactNode {
  switch (slug) {
    case "accept-for-screening":
      return <AcceptForScreeningForm work={work} />;
    case "screening-decision":
      return <ScreeningDecisionForm work={work} />;
    case "panel":
      return <PanelForm work={work} />;
    case "vaf":
      return <VafForm work={work} />;
    case "support-plan":
      return <SupportPlanForm work={work} />;
    case "review":
      return <ReviewForm work={work} />;
    case "close":
      return <CloseForm work={work} />;
    case "transfer":
      return <TransferForm work={work} />;
    case "ddp-conditions":
      return <DdpConditionsForm work={work} />;
  }
}

function NotOffered({ stage, id }: { stage: string | null; id: string }) {
  return (
    <>
      <p className="govuk-body" data-testid="action-not-offered">
        You cannot take this step on this case: it does not apply at its stage ({STAGE_LABELS[stage as Stage] ?? stage ?? "unknown"}), or your role and agency do not take it.
      </p>
      <p className="govuk-body">
        <Link to={`/cases/${id}`} className="govuk-link">
          Back to the case
        </Link>
      </p>
    </>
  );
}

/** CONFLICT: what someone else changed, and that what the user typed is still here. */
function ConflictBanner({ conflict }: { conflict: Conflict }) {
  return (
    <div className="govuk-notification-banner" role="alert" aria-labelledby="conflict-title" data-testid="conflict">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="conflict-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">Someone else changed this case while you were working on it. Nothing you entered was saved yet.</p>
        {conflict.changes.length > 0 ? (
          <table className="govuk-table" data-testid="conflict-changes">
            <caption className="govuk-table__caption govuk-table__caption--s">What changed</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Item
                </th>
                <th scope="col" className="govuk-table__header">
                  Before
                </th>
                <th scope="col" className="govuk-table__header">
                  Now
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {conflict.changes.map((c) => (
                <tr className="govuk-table__row" key={c.what}>
                  <th scope="row" className="govuk-table__header">
                    {c.what}
                  </th>
                  <td className="govuk-table__cell">{c.before}</td>
                  <td className="govuk-table__cell">{c.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="govuk-body">The change was to something you cannot see.</p>
        )}
        <p className="govuk-body">Your answers are below as you left them. Check them against these changes, then save again to apply them to the case as it is now{conflict.version ? ` (version ${conflict.version})` : ""}.</p>
        <RequestId id={conflict.requestId} />
      </div>
    </div>
  );
}
