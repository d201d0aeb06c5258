import { useState } from "react";
import { graphql } from "../generated";
import { useDraft } from "../shell/draft";
import { Select, messageFor, type FieldError } from "../shell/forms";
import { WorkForm, workErrors } from "./work-form";
import type { Work } from "./work-case";

const AddPanelMember = graphql(`
  mutation AddPanelMember($caseId: ID!, $version: Int!, $agencyId: ID!) {
    addPanelMember(caseId: $caseId, version: $version, agencyId: $agencyId) {
      id
      version
      stage
    }
  }
`);

const RemovePanelMember = graphql(`
  mutation RemovePanelMember($caseId: ID!, $version: Int!, $agencyId: ID!) {
    removePanelMember(caseId: $caseId, version: $version, agencyId: $agencyId) {
      id
      version
      stage
    }
  }
`);

/** The agencies on the case's panel: add one, or remove one (never the lead authority). */
export function PanelForm({ work }: { work: Work }) {
  const [agencyId, setAgencyId, clear] = useDraft("panel", "");
  const [local, setLocal] = useState<FieldError[]>([]);
  const errors = workErrors(work, local);
  const members = work.current.panelMembers ?? [];
  const candidates = work.agencies.filter((a) => !members.some((m) => m.id === a.id));
  const nameOf = (id: string) => work.agencies.find((a) => a.id === id)?.name ?? id;

  const add = async () => {
    const problems: FieldError[] = agencyId ? [] : [{ field: "agencyId", message: "Select the agency to add to the panel" }];
    setLocal(problems);
    if (problems.length > 0) return;
    if (await work.save(AddPanelMember, { caseId: work.current.id, version: work.current.version ?? 0, agencyId })) {
      clear();
      work.finish(`${nameOf(agencyId)} added to the panel`);
    }
  };
  const remove = async (id: string, name: string) => {
    setLocal([]);
    if (await work.save(RemovePanelMember, { caseId: work.current.id, version: work.current.version ?? 0, agencyId: id })) work.finish(`${name} removed from the panel`);
  };

  return (
    <>
      <table className="govuk-table" data-testid="panel-table">
        <caption className="govuk-table__caption govuk-table__caption--m">On the panel</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Agency
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {members.map((m) => (
            <tr className="govuk-table__row" key={m.id}>
              <td className="govuk-table__cell">{m.name}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {m.id !== work.current.leadAgency?.id && (
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={work.saving} onClick={() => void remove(m.id, m.name)}>
                    Remove<span className="govuk-visually-hidden"> {m.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="govuk-heading-m">Add an agency</h2>
      <WorkForm work={work} errors={errors} onSubmit={() => void add()} submitText="Add to the panel">
        <Select name="agencyId" label="Agency" value={agencyId} onChange={setAgencyId} error={messageFor(errors, "agencyId")} blank="Select an agency" options={candidates.map((a) => ({ value: a.id, label: a.name }))} />
      </WorkForm>
    </>
  );
}
