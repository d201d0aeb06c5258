import { useState } from "react";
import { graphql } from "../generated";
import type { CaseOutcome, DdpConditionType, ReviewKind, ScreeningDecision } from "../generated/graphql";
import { useDraft } from "../shell/draft";
import { DateInput, Radios, Select, Textarea, datePartsOf, emptyDate, isBlankDate, isoDate, messageFor, type DateParts, type FieldError } from "../shell/forms";
import { DDP_CONDITION_LABELS, OUTCOME_LABELS, REVIEW_LABELS, SCREENING_LABELS, STAGE_LABELS, today, type Stage } from "../shell/labels";
import { SummaryList } from "../shell/summary-list";
import { WorkForm, workErrors } from "./work-form";
import type { Work } from "./work-case";

const AcceptForScreening = graphql(`
  mutation AcceptForScreening($caseId: ID!, $version: Int!) {
    acceptForScreening(caseId: $caseId, version: $version) {
      id
      version
      stage
    }
  }
`);

const RecordScreeningDecision = graphql(`
  mutation RecordScreeningDecision($input: ScreeningDecisionInput!) {
    recordScreeningDecision(input: $input) {
      id
      version
      stage
    }
  }
`);

const RecordReview = graphql(`
  mutation RecordReview($input: ReviewInput!) {
    recordReview(input: $input) {
      id
      version
      stage
    }
  }
`);

const CloseCase = graphql(`
  mutation CloseCase($caseId: ID!, $version: Int!, $outcome: CaseOutcome!) {
    closeCase(caseId: $caseId, version: $version, outcome: $outcome) {
      id
      version
      stage
    }
  }
`);

const TransferCase = graphql(`
  mutation TransferCase($caseId: ID!, $version: Int!, $toAgencyId: ID!, $reason: String!) {
    transferCase(caseId: $caseId, version: $version, toAgencyId: $toAgencyId, reason: $reason) {
      id
      version
      stage
    }
  }
`);

const SetDdpConditions = graphql(`
  mutation SetDdpConditions($input: DdpConditionsInput!) {
    setDdpConditions(input: $input) {
      id
      version
      stage
    }
  }
`);

const subjectName = (work: Work) => {
  const s = work.current.subject;
  return s && (s.givenName || s.familyName) ? `${s.givenName ?? ""} ${s.familyName ?? ""}`.trim() : "the person referred";
};

export function AcceptForScreeningForm({ work }: { work: Work }) {
  const errors = workErrors(work, []);
  const submit = async () => {
    if (await work.save(AcceptForScreening, { caseId: work.current.id, version: work.current.version ?? 0 })) work.finish("Referral accepted for screening");
  };
  return (
    <WorkForm work={work} errors={errors} onSubmit={() => void submit()} submitText="Accept for screening">
      <p className="govuk-body">Accepting the referral about {subjectName(work)} moves the case from Referral to Screening. CT policing then decides whether to adopt it to a Channel panel.</p>
    </WorkForm>
  );
}

export function ScreeningDecisionForm({ work }: { work: Work }) {
  const [form, setForm, clear] = useDraft("screening-decision", { decision: "", reason: "" });
  const [local, setLocal] = useState<FieldError[]>([]);
  const errors = workErrors(work, local);
  const submit = async () => {
    const problems: FieldError[] = form.decision ? [] : [{ field: "input.decision", message: "Select the screening decision" }];
    setLocal(problems);
    if (problems.length > 0) return;
    const ok = await work.save(RecordScreeningDecision, { input: { caseId: work.current.id, version: work.current.version ?? 0, decision: form.decision as ScreeningDecision, reason: form.reason } });
    if (ok) {
      clear();
      work.finish("Screening decision recorded");
    }
  };
  return (
    <WorkForm work={work} errors={errors} onSubmit={() => void submit()} submitText="Record decision">
      <Radios
        name="input.decision"
        legend="Decision"
        value={form.decision}
        onChange={(decision) => setForm({ ...form, decision })}
        error={messageFor(errors, "input.decision")}
        options={[
          { value: "ADOPTED_TO_PANEL", label: SCREENING_LABELS.ADOPTED_TO_PANEL!, hint: "The case goes to the local authority's Channel panel" },
          { value: "NO_FURTHER_ACTION", label: SCREENING_LABELS.NO_FURTHER_ACTION!, hint: "The case closes" },
          { value: "SIGNPOSTED", label: SCREENING_LABELS.SIGNPOSTED!, hint: "The case closes; the person is pointed to other services" },
        ]}
      />
      <Textarea name="input.reason" label="Reason" hint="3 to 2000 characters" value={form.reason} onChange={(reason) => setForm({ ...form, reason })} error={messageFor(errors, "input.reason")} />
    </WorkForm>
  );
}

export function ReviewForm({ work }: { work: Work }) {
  const kind: ReviewKind = work.current.stage === "REVIEW" ? "TWELVE_MONTH" : "SIX_MONTH";
  const due = (work.current.reviews ?? []).find((r) => r.kind === kind && !r.heldOn)?.dueOn;
  const [form, setForm, clear] = useDraft("review", { heldOn: datePartsOf(today()), summary: "" });
  const [local, setLocal] = useState<FieldError[]>([]);
  const errors = workErrors(work, local);
  const submit = async () => {
    const heldOn = isoDate(form.heldOn);
    const problems: FieldError[] = heldOn ? [] : [{ field: "input.heldOn", message: "Enter the date the review was held, like 27 3 2024" }];
    setLocal(problems);
    if (!heldOn) return;
    const ok = await work.save(RecordReview, { input: { caseId: work.current.id, version: work.current.version ?? 0, kind, heldOn, summary: form.summary } });
    if (ok) {
      clear();
      work.finish(`${REVIEW_LABELS[kind]} recorded`);
    }
  };
  return (
    <WorkForm work={work} errors={errors} onSubmit={() => void submit()} submitText="Record review">
      <SummaryList rows={[{ key: "Review", value: `${REVIEW_LABELS[kind]}${due ? `, due ${due}` : ""}` }]} />
      <DateInput name="input.heldOn" legend="When was the review held?" hint="Not in the future, and not before the support plan was agreed" value={form.heldOn} onChange={(heldOn) => setForm({ ...form, heldOn })} error={messageFor(errors, "input.heldOn")} />
      <Textarea name="input.summary" label="Summary of the review" hint="How the support is going; 3 to 2000 characters" value={form.summary} onChange={(summary) => setForm({ ...form, summary })} error={messageFor(errors, "input.summary")} />
    </WorkForm>
  );
}

const CLOSING: Record<string, CaseOutcome[]> = {
  PANEL: ["NO_FURTHER_ACTION", "SIGNPOSTED", "CONSENT_WITHDRAWN"],
  SUPPORT: ["CONSENT_WITHDRAWN"],
  REVIEW: ["CLOSED_AFTER_SUPPORT", "CONSENT_WITHDRAWN"],
};

export function CloseForm({ work }: { work: Work }) {
  const [outcome, setOutcome, clear] = useDraft("close", "");
  const [local, setLocal] = useState<FieldError[]>([]);
  const errors = workErrors(work, local);
  const outcomes = CLOSING[work.current.stage ?? ""] ?? [];
  const submit = async () => {
    const problems: FieldError[] = outcome ? [] : [{ field: "outcome", message: "Select the outcome" }];
    setLocal(problems);
    if (problems.length > 0) return;
    if (await work.save(CloseCase, { caseId: work.current.id, version: work.current.version ?? 0, outcome: outcome as CaseOutcome })) {
      clear();
      work.finish("Case closed");
    }
  };
  return (
    <WorkForm work={work} errors={errors} onSubmit={() => void submit()} submitText="Close the case" warning>
      <Radios
        name="outcome"
        legend={`Outcome (the case is at ${STAGE_LABELS[work.current.stage as Stage] ?? work.current.stage})`}
        value={outcome}
        onChange={setOutcome}
        error={messageFor(errors, "outcome")}
        options={outcomes.map((o) => ({ value: o, label: OUTCOME_LABELS[o] ?? o }))}
      />
    </WorkForm>
  );
}

export function TransferForm({ work }: { work: Work }) {
  const [form, setForm, clear] = useDraft("transfer", { toAgencyId: "", reason: "" });
  const [local, setLocal] = useState<FieldError[]>([]);
  const errors = workErrors(work, local);
  const authorities = work.agencies.filter((a) => a.kind === "LOCAL_AUTHORITY" && a.id !== work.current.leadAgency?.id);
  const submit = async () => {
    const problems: FieldError[] = form.toAgencyId ? [] : [{ field: "toAgencyId", message: "Select the local authority to transfer the case to" }];
    setLocal(problems);
    if (problems.length > 0) return;
    if (await work.save(TransferCase, { caseId: work.current.id, version: work.current.version ?? 0, toAgencyId: form.toAgencyId, reason: form.reason })) {
      clear();
      work.finish("Case transferred");
    }
  };
  return (
    <WorkForm work={work} errors={errors} onSubmit={() => void submit()} submitText="Transfer the case">
      <p className="govuk-body">When the person moves, the case moves to the authority where they now live. Your authority no longer leads it afterwards.</p>
      <Select name="toAgencyId" label="Transfer to" value={form.toAgencyId} onChange={(toAgencyId) => setForm({ ...form, toAgencyId })} error={messageFor(errors, "toAgencyId")} blank="Select a local authority" options={authorities.map((a) => ({ value: a.id, label: a.name }))} />
      <Textarea name="reason" label="Reason" hint="3 to 500 characters" value={form.reason} onChange={(reason) => setForm({ ...form, reason })} error={messageFor(errors, "reason")} />
    </WorkForm>
  );
}

interface DdpDraft {
  conditionType: string;
  mappaLevel: string;
  startsOn: DateParts;
  endsOn: DateParts;
  managingAgencyId: string;
}

export function DdpConditionsForm({ work }: { work: Work }) {
  const existing = work.current.ddpConditions;
  const [form, setForm, clear] = useDraft<DdpDraft>("ddp-conditions", () => ({
    conditionType: existing?.conditionType ?? "",
    mappaLevel: existing?.mappaLevel ? String(existing.mappaLevel) : "",
    startsOn: existing?.startsOn ? datePartsOf(existing.startsOn) : emptyDate(),
    endsOn: existing?.endsOn ? datePartsOf(existing.endsOn) : emptyDate(),
    managingAgencyId: existing?.managingAgency?.id ?? "",
  }));
  const [local, setLocal] = useState<FieldError[]>([]);
  const errors = workErrors(work, local);
  const probation = work.agencies.filter((a) => a.kind === "PROBATION");
  const submit = async () => {
    const startsOn = isoDate(form.startsOn);
    const endsOn = isBlankDate(form.endsOn) ? null : isoDate(form.endsOn);
    const problems: FieldError[] = [];
    if (!form.conditionType) problems.push({ field: "input.conditionType", message: "Select the conditions the case runs under" });
    if (!form.mappaLevel) problems.push({ field: "input.mappaLevel", message: "Select the MAPPA level" });
    if (!startsOn) problems.push({ field: "input.startsOn", message: "Enter the date the conditions start, like 1 4 2024" });
    if (!isBlankDate(form.endsOn) && !endsOn) problems.push({ field: "input.endsOn", message: "Enter a real end date, or leave it blank" });
    if (!form.managingAgencyId) problems.push({ field: "input.managingAgencyId", message: "Select the probation service managing the conditions" });
    setLocal(problems);
    if (problems.length > 0 || !startsOn) return;
    const ok = await work.save(SetDdpConditions, {
      input: {
        caseId: work.current.id,
        version: work.current.version ?? 0,
        conditionType: form.conditionType as DdpConditionType,
        mappaLevel: Number(form.mappaLevel),
        startsOn,
        ...(endsOn ? { endsOn } : {}),
        managingAgencyId: form.managingAgencyId,
      },
    });
    if (ok) {
      clear();
      work.finish("DDP conditions recorded");
    }
  };
  return (
    <WorkForm work={work} errors={errors} onSubmit={() => void submit()} submitText="Save conditions">
      <Radios
        name="input.conditionType"
        legend="Conditions"
        value={form.conditionType}
        onChange={(conditionType) => setForm({ ...form, conditionType })}
        error={messageFor(errors, "input.conditionType")}
        options={Object.entries(DDP_CONDITION_LABELS).map(([value, text]) => ({ value, label: text }))}
      />
      <Radios
        name="input.mappaLevel"
        legend="MAPPA level"
        inline
        value={form.mappaLevel}
        onChange={(mappaLevel) => setForm({ ...form, mappaLevel })}
        error={messageFor(errors, "input.mappaLevel")}
        options={["1", "2", "3"].map((level) => ({ value: level, label: `Level ${level}` }))}
      />
      <DateInput name="input.startsOn" legend="From" value={form.startsOn} onChange={(startsOn) => setForm({ ...form, startsOn })} error={messageFor(errors, "input.startsOn")} />
      <DateInput name="input.endsOn" legend="To (optional)" hint="Leave blank if the conditions have no end date" value={form.endsOn} onChange={(endsOn) => setForm({ ...form, endsOn })} error={messageFor(errors, "input.endsOn")} />
      <Select
        name="input.managingAgencyId"
        label="Managed by"
        value={form.managingAgencyId}
        onChange={(managingAgencyId) => setForm({ ...form, managingAgencyId })}
        error={messageFor(errors, "input.managingAgencyId")}
        blank="Select a probation service"
        options={probation.map((a) => ({ value: a.id, label: a.name }))}
      />
    </WorkForm>
  );
}
