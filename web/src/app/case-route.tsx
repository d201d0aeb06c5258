import { useSignedIn } from "../auth/use-me";
import { CaseViewPage } from "../case-view/case-view-page";
import { CaseActions } from "../case-work/case-actions";
import { mayRaiseQuestion, RaiseQuestionLink } from "../immigration/raise-question-link";

/** `/cases/:id`: the case as the user may see it, with the work they may do on it. */
export function CaseRoute({ id }: { id: string }) {
  const me = useSignedIn();
  return (
    <CaseViewPage
      id={id}
      aside={(facts) => <CaseActions caseId={facts.id} facts={facts} me={me} more={mayRaiseQuestion(facts, me) ? <RaiseQuestionLink caseId={facts.id} /> : undefined} />}
    />
  );
}
