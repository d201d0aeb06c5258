import { useState } from "react";
import { graphql } from "../generated";
import type { CommissioningStatus, InterventionKind } from "../generated/graphql";
import { useDraft } from "../shell/draft";
import { Checkbox, Radios, Select, TextInput, fieldId, messageFor, type FieldError } from "../shell/forms";
import { COMMISSIONING_LABELS, INTERVENTION_LABELS, today } from "../shell/labels";
import { WorkForm, workErrors } from "./work-form";
import type { Work } from "./work-case";

const AgreeSupportPlan = graphql(`
  mutation AgreeSupportPlan($input: SupportPlanInput!) {
    agreeSupportPlan(input: $input) {
      id
      version
      stage
    }
  }
`);

interface InterventionDraft {
  kind: string;
  provider: string;
  commissioningStatus: string;
}

interface PlanDraft {
  consentGiven: boolean;
  parentalConsent: string;
  interventions: InterventionDraft[];
}

const blank = (): InterventionDraft => ({ kind: "", provider: "", commissioningStatus: "REQUESTED" });

/** Under 18 today, from a date of birth (unknown: ask, the platform decides). */
function isMinor(dateOfBirth: string | null | undefined): boolean | null {
  if (!dateOfBirth) return null;
  const [year, month, day] = dateOfBirth.split("-").map(Number);
  const [ty, tm, td] = today().split("-").map(Number);
  if (!year || !month || !day || !ty || !tm || !td) return null;
  const age = ty - year - (tm < month || (tm === month && td < day) ? 1 : 0);
  return age < 18;
}

export function SupportPlanForm({ work }: { work: Work }) {
  const minor = isMinor(work.current.subject?.dateOfBirth);
  const [form, setForm, clear] = useDraft<PlanDraft>("support-plan", { consentGiven: false, parentalConsent: "", interventions: [blank()] });
  const [local, setLocal] = useState<FieldError[]>([]);
  const errors = workErrors(work, local);
  const update = (index: number, change: Partial<InterventionDraft>) => setForm({ ...form, interventions: form.interventions.map((x, i) => (i === index ? { ...x, ...change } : x)) });

  const submit = async () => {
    const problems: FieldError[] = [];
    form.interventions.forEach((x, i) => {
      if (!x.kind) problems.push({ field: `input.interventions.${i}.kind`, message: `Select the kind of intervention ${i + 1}` });
    });
    if (minor !== false && !form.parentalConsent) problems.push({ field: "input.parentalConsent", message: "Say whether a parent or guardian consented" });
    setLocal(problems);
    if (problems.length > 0) return;
    const ok = await work.save(AgreeSupportPlan, {
      input: {
        caseId: work.current.id,
        version: work.current.version ?? 0,
        consentGiven: form.consentGiven,
        ...(minor !== false && form.parentalConsent ? { parentalConsent: form.parentalConsent === "yes" } : {}),
        interventions: form.interventions.map((x) => ({ kind: x.kind as InterventionKind, provider: x.provider, commissioningStatus: x.commissioningStatus as CommissioningStatus })),
      },
    });
    if (ok) {
      clear();
      work.finish("Support plan agreed: the six-month review is due");
    }
  };

  return (
    <WorkForm work={work} errors={errors} onSubmit={() => void submit()} submitText="Agree the plan">
      <p className="govuk-body">Channel support is voluntary: the plan needs the person's consent, and a parent's or guardian's for someone under 18. Agreeing it moves the case to Support.</p>
      <h2 className="govuk-heading-m">Consent</h2>
      <Checkbox name="input.consentGiven" label="The person consents to the support in this plan" checked={form.consentGiven} onChange={(consentGiven) => setForm({ ...form, consentGiven })} error={messageFor(errors, "input.consentGiven")} />
      {minor !== false && (
        <Radios
          name="input.parentalConsent"
          legend={minor ? "The person is under 18. Has a parent or guardian consented?" : "If the person is under 18, has a parent or guardian consented?"}
          legendSize="s"
          inline
          value={form.parentalConsent}
          onChange={(parentalConsent) => setForm({ ...form, parentalConsent })}
          error={messageFor(errors, "input.parentalConsent")}
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
        />
      )}
      <h2 className="govuk-heading-m">Interventions</h2>
      <div id={fieldId("input.interventions")} tabIndex={-1}>
        {form.interventions.map((x, i) => {
          const prefix = `input.interventions.${i}`;
          return (
            <fieldset className="govuk-fieldset app-vaf-factor" key={i} data-testid="intervention">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Intervention {i + 1}</legend>
              <Select
                name={`${prefix}.kind`}
                label="Kind"
                value={x.kind}
                onChange={(kind) => update(i, { kind })}
                error={messageFor(errors, `${prefix}.kind`)}
                blank="Select a kind"
                options={Object.entries(INTERVENTION_LABELS).map(([value, text]) => ({ value, label: text }))}
              />
              <TextInput name={`${prefix}.provider`} label="Provider" hint="An intervention provider or a partner agency; 2 to 200 characters" value={x.provider} onChange={(provider) => update(i, { provider })} error={messageFor(errors, `${prefix}.provider`)} />
              <Select
                name={`${prefix}.commissioningStatus`}
                label="Commissioning"
                value={x.commissioningStatus}
                onChange={(commissioningStatus) => update(i, { commissioningStatus })}
                error={messageFor(errors, `${prefix}.commissioningStatus`)}
                options={Object.entries(COMMISSIONING_LABELS).map(([value, text]) => ({ value, label: text }))}
              />
              {form.interventions.length > 1 && (
                <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setForm({ ...form, interventions: form.interventions.filter((_, j) => j !== i) })}>
                  Remove<span className="govuk-visually-hidden"> intervention {i + 1}</span>
                </button>
              )}
            </fieldset>
          );
        })}
      </div>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setForm({ ...form, interventions: [...form.interventions, blank()] })} disabled={form.interventions.length >= 20}>
        Add another intervention
      </button>
    </WorkForm>
  );
}
