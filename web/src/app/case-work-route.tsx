import { CaseWorkPage } from "../case-work/case-work-page";

/** `/cases/:id/:action`: one step of case work on the case. */
export function CaseWorkRoute({ id, action }: { id: string; action: string }) {
  return <CaseWorkPage id={id} action={action} />;
}
