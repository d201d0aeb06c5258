import { useState } from "react";
import { VAF_FACTORS } from "../../../common/vaf-factors";
import { graphql } from "../generated";
import type { VafDomain, VafRating } from "../generated/graphql";
import { useDraft } from "../shell/draft";
import { Select, Textarea, fieldId, messageFor, type FieldError } from "../shell/forms";
import { VAF_DOMAIN_LABELS, VAF_RATING_LABELS } from "../shell/labels";
import { WorkForm, workErrors } from "./work-form";
import type { Work } from "./work-case";

const RecordVulnerabilityAssessment = graphql(`
  mutation RecordVulnerabilityAssessment($input: VulnerabilityAssessmentInput!) {
    recordVulnerabilityAssessment(input: $input) {
      id
      version
      stage
    }
  }
`);

interface FactorDraft {
  domain: string;
  code: string;
  rating: string;
  note: string;
}

const blank = (domain = ""): FactorDraft => ({ domain, code: "", rating: "", note: "" });

export function VafForm({ work }: { work: Work }) {
  // Starts from the latest assessment when there is one (the panel revises it), else one factor per domain.
  const [factors, setFactors, clear] = useDraft<FactorDraft[]>("vaf", () => {
    const latest = work.current.vulnerabilityAssessment?.factors ?? [];
    return latest.length > 0 ? latest.map((f) => ({ domain: f.domain ?? "", code: f.code ?? "", rating: f.rating ?? "", note: f.note ?? "" })) : [blank("ENGAGEMENT"), blank("INTENT"), blank("CAPABILITY")];
  });
  const [local, setLocal] = useState<FieldError[]>([]);
  const errors = workErrors(work, local);
  const update = (index: number, change: Partial<FactorDraft>) => setFactors(factors.map((f, i) => (i === index ? { ...f, ...change } : f)));

  const submit = async () => {
    const problems: FieldError[] = [];
    factors.forEach((f, i) => {
      if (!f.domain) problems.push({ field: `input.factors.${i}.domain`, message: `Select the domain of factor ${i + 1}` });
      if (!f.rating) problems.push({ field: `input.factors.${i}.rating`, message: `Select the rating of factor ${i + 1}` });
    });
    if (factors.length === 0) problems.push({ field: null, message: "Add at least one factor" });
    setLocal(problems);
    if (problems.length > 0) return;
    const ok = await work.save(RecordVulnerabilityAssessment, {
      input: {
        caseId: work.current.id,
        version: work.current.version ?? 0,
        factors: factors.map((f) => ({ domain: f.domain as VafDomain, code: f.code.trim(), rating: f.rating as VafRating, note: f.note })),
      },
    });
    if (ok) {
      clear();
      work.finish("Vulnerability assessment recorded");
    }
  };

  return (
    <WorkForm work={work} errors={errors} onSubmit={() => void submit()} submitText="Record assessment">
      <p className="govuk-body">Rate each factor of the Vulnerability Assessment Framework the panel considered, under engagement, intent and capability. The assessment replaces the latest one as the case's current assessment; earlier ones stay on record.</p>
      <datalist id="vaf-factor-codes">
        {Object.values(VAF_FACTORS)
          .flat()
          .map((code) => (
            <option key={code} value={code} />
          ))}
      </datalist>
      <div id={fieldId("input.factors")} tabIndex={-1}>
        {factors.map((factor, i) => {
          const prefix = `input.factors.${i}`;
          return (
            <fieldset className="govuk-fieldset app-vaf-factor" key={i} data-testid="vaf-factor">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Factor {i + 1}</legend>
              <Select
                name={`${prefix}.domain`}
                label="Domain"
                value={factor.domain}
                onChange={(domain) => update(i, { domain })}
                error={messageFor(errors, `${prefix}.domain`)}
                blank="Select a domain"
                options={Object.entries(VAF_DOMAIN_LABELS).map(([value, text]) => ({ value, label: text }))}
              />
              <FactorCode prefix={prefix} value={factor.code} onChange={(code) => update(i, { code })} error={messageFor(errors, `${prefix}.code`)} />
              <Select
                name={`${prefix}.rating`}
                label="Rating"
                value={factor.rating}
                onChange={(rating) => update(i, { rating })}
                error={messageFor(errors, `${prefix}.rating`)}
                blank="Select a rating"
                options={Object.entries(VAF_RATING_LABELS).map(([value, text]) => ({ value, label: text }))}
              />
              <Textarea name={`${prefix}.note`} label="Note" hint="What the panel saw; 1 to 2000 characters" rows={3} value={factor.note} onChange={(note) => update(i, { note })} error={messageFor(errors, `${prefix}.note`)} />
              {factors.length > 1 && (
                <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setFactors(factors.filter((_, j) => j !== i))}>
                  Remove<span className="govuk-visually-hidden"> factor {i + 1}</span>
                </button>
              )}
            </fieldset>
          );
        })}
      </div>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setFactors([...factors, blank()])} disabled={factors.length >= 40}>
        Add another factor
      </button>
    </WorkForm>
  );
}

function FactorCode({ prefix, value, onChange, error }: { prefix: string; value: string; onChange: (value: string) => void; error: string | undefined }) {
  const id = fieldId(`${prefix}.code`);
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        Factor
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        Lower-case words joined by hyphens, for example need-for-identity
      </div>
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        className={`govuk-input govuk-input--width-30${error ? " govuk-input--error" : ""}`}
        id={id}
        name={`${prefix}.code`}
        type="text"
        list="vaf-factor-codes"
        spellCheck={false}
        autoComplete="off"
        value={value}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
