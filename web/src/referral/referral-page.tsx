import { useState, type FormEvent } from "react";
import { mayRefer } from "../auth/roles";
import { useSignedIn } from "../auth/use-me";
import { graphql } from "../generated";
import type { Ethnicity, Gender, MentalHealthConcern, Programme, ReferringSector, TypeOfConcern } from "../generated/graphql";
import { execute } from "../graphql/client";
import { RequestFailure } from "../graphql/errors";
import { errorsOf, useMutation, useQuery } from "../graphql/hooks";
import { RequirePurpose } from "../purpose/purpose";
import { useDraft } from "../shell/draft";
import { DateInput, ErrorSummary, Radios, Select, TextInput, emptyDate, fieldId, isoDate, messageFor, type DateParts, type FieldError } from "../shell/forms";
import { CONCERN_LABELS, GENDER_LABELS, SECTOR_LABELS, formatDate } from "../shell/labels";
import { formErrorsOf } from "../shell/mutation-errors";
import { Problem, RequestId, useTitle } from "../shell/page";
import { useNavigate } from "../shell/router";
import { SummaryList } from "../shell/summary-list";

const ReferralAgencies = graphql(`
  query ReferralAgencies {
    agencies(kind: LOCAL_AUTHORITY) {
      id
      name
    }
  }
`);

const ReferralKnownPerson = graphql(`
  query ReferralKnownPerson($reference: String!) {
    caseByReference(reference: $reference) {
      id
      reference
      subject {
        id
        givenName
        familyName
        dateOfBirth
      }
    }
  }
`);

const ReferCase = graphql(`
  mutation ReferCase($input: ReferCaseInput!) {
    referCase(input: $input) {
      id
      reference
    }
  }
`);

/** The 2024/25 release's breakdowns, asked at referral when the referrer knows them (special category data). */
const ETHNICITY_LABELS: Record<Ethnicity, string> = {
  ASIAN_OR_ASIAN_BRITISH: "Asian or Asian British",
  BLACK_BRITISH_CARIBBEAN_OR_AFRICAN: "Black, Black British, Caribbean or African",
  MIXED_OR_MULTIPLE: "Mixed or multiple ethnic groups",
  WHITE: "White",
  OTHER_ETHNIC_GROUP: "Other ethnic group",
  NOT_KNOWN: "Not known",
};

const MENTAL_HEALTH_LABELS: Record<MentalHealthConcern, string> = { YES: "Yes", NO: "No", NOT_KNOWN: "Not known" };

const isEthnicity = (value: string): value is Ethnicity => value in ETHNICITY_LABELS;
const isMentalHealthConcern = (value: string): value is MentalHealthConcern => value in MENTAL_HEALTH_LABELS;

interface KnownPerson {
  id: string;
  name: string;
  dateOfBirth: string | null;
  reference: string;
}

interface ReferralDraft {
  who: string;
  givenName: string;
  familyName: string;
  dateOfBirth: DateParts;
  gender: string;
  postcode: string;
  town: string;
  knownReference: string;
  known: KnownPerson | null;
  leadAgencyId: string;
  programme: string;
  typeOfConcern: string;
  referringSector: string;
  /** Optional: blank sends nothing (the platform records NOT_KNOWN). A draft saved before these fields has none. */
  ethnicity?: string;
  mentalHealthConcern?: string;
}

/** `/referrals/new`: refer a concern about a person, new to the platform or already known. */
export function ReferralPage() {
  return (
    <RequirePurpose what="a referral">
      <Referral />
    </RequirePurpose>
  );
}

function Referral() {
  const me = useSignedIn();
  const navigate = useNavigate();
  const agencies = useQuery(ReferralAgencies, {}, { referenceOnly: true });
  const authorities = agencies.state.status === "done" ? (agencies.state.data?.agencies ?? []) : [];
  const [form, setForm, clear] = useDraft<ReferralDraft>("referral", () => ({
    who: "",
    givenName: "",
    familyName: "",
    dateOfBirth: emptyDate(),
    gender: "",
    postcode: "",
    town: "",
    knownReference: "",
    known: null,
    leadAgencyId: me.agencyId,
    programme: "CHANNEL",
    typeOfConcern: "",
    referringSector: "",
    ethnicity: "",
    mentalHealthConcern: "",
  }));
  const [local, setLocal] = useState<FieldError[]>([]);
  const [lookup, setLookup] = useState<{ busy: boolean; requestId: string | null; failure: RequestFailure | null }>({ busy: false, requestId: null, failure: null });
  const [refer, referred] = useMutation(ReferCase);
  const errors = [...local, ...formErrorsOf(errorsOf(referred), (field) => document.getElementById(fieldId(field)) !== null)];
  useTitle("Make a referral", errors.length > 0);
  const set = (change: Partial<ReferralDraft>) => setForm({ ...form, ...change });

  if (!mayRefer(me.roles)) {
    return (
      <>
        <h1 className="govuk-heading-l">Make a referral</h1>
        <p className="govuk-body">Your role does not make referrals. Referrals come from the partners who work with people: local authorities, the police, health, education, probation and immigration enforcement.</p>
      </>
    );
  }

  const findKnown = async () => {
    const reference = form.knownReference.trim().toUpperCase();
    if (!/^(CH|DDP)-\d{4}-\d{5}$/.test(reference)) {
      setLocal([{ field: "knownReference", message: "Enter the reference of a case about this person, like CH-2018-00042" }]);
      return;
    }
    setLocal([]);
    setLookup({ busy: true, requestId: null, failure: null });
    try {
      const result = await execute(ReferralKnownPerson, { reference });
      const subject = result.data?.caseByReference?.subject;
      if (!subject) {
        setLookup({ busy: false, requestId: result.requestId, failure: null });
        setLocal([{ field: "knownReference", message: `There is no case ${reference} whose subject you may see` }]);
        set({ known: null });
        return;
      }
      setLookup({ busy: false, requestId: result.requestId, failure: null });
      set({ known: { id: subject.id, name: `${subject.givenName ?? ""} ${subject.familyName ?? ""}`.trim(), dateOfBirth: subject.dateOfBirth, reference } });
    } catch (err) {
      setLookup({ busy: false, requestId: null, failure: err instanceof RequestFailure ? err : new RequestFailure(String(err), "CLIENT_ERROR", "none", 0) });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (form.who !== "new" && form.who !== "known") problems.push({ field: "who", message: "Select whether the person is new or already known" });
    const dateOfBirth = isoDate(form.dateOfBirth);
    if (form.who === "new") {
      if (!dateOfBirth) problems.push({ field: "input.newSubject.dateOfBirth", message: "Enter the person's date of birth, like 27 3 2007" });
      if (!form.gender) problems.push({ field: "input.newSubject.gender", message: "Select the person's gender" });
    }
    if (form.who === "known" && !form.known) problems.push({ field: "knownReference", message: "Find the person by the reference of a case about them" });
    if (!form.leadAgencyId) problems.push({ field: "input.leadAgencyId", message: "Select the local authority to lead the case" });
    if (!form.programme) problems.push({ field: "input.programme", message: "Select the programme" });
    if (!form.typeOfConcern) problems.push({ field: "input.typeOfConcern", message: "Select the type of concern" });
    if (!form.referringSector) problems.push({ field: "input.referringSector", message: "Select the referring sector" });
    setLocal(problems);
    if (problems.length > 0) return;
    const subject =
      form.who === "known" && form.known
        ? { subjectId: form.known.id }
        : { newSubject: { givenName: form.givenName, familyName: form.familyName, dateOfBirth: dateOfBirth ?? "", gender: form.gender as Gender, postcode: form.postcode, town: form.town } };
    const result = await refer({
      input: {
        leadAgencyId: form.leadAgencyId,
        programme: form.programme as Programme,
        typeOfConcern: form.typeOfConcern as TypeOfConcern,
        referringSector: form.referringSector as ReferringSector,
        ...(form.ethnicity && isEthnicity(form.ethnicity) ? { ethnicity: form.ethnicity } : {}),
        ...(form.mentalHealthConcern && isMentalHealthConcern(form.mentalHealthConcern) ? { mentalHealthConcern: form.mentalHealthConcern } : {}),
        ...subject,
      },
    });
    if ("data" in result && result.errors.length === 0 && result.data?.referCase) {
      clear();
      navigate(`/cases/${result.data.referCase.id}`, { flash: `Referral ${result.data.referCase.reference ?? ""} made`.replace("  ", " ") });
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {referred.status === "failed" && <Problem failure={referred.failure} />}
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Make a referral</h1>
        <p className="govuk-body">Refer a concern that someone may be being drawn into terrorism. The referral goes to the lead local authority and to counter-terrorism policing for screening. Your agency is recorded as the referrer and will see what becomes of the referral.</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <h2 className="govuk-heading-m">The person</h2>
          <Radios
            name="who"
            legend="Is the person already known to Dovetail?"
            legendSize="s"
            value={form.who}
            onChange={(who) => set({ who })}
            error={messageFor(errors, "who") ?? messageFor(errors, "input.subjectId")}
            options={[
              { value: "new", label: "No, they are new", hint: "Enter their details" },
              { value: "known", label: "Yes, they are the subject of another case", hint: "Find them by that case's reference" },
            ]}
          />
          {form.who === "new" && (
            <div className="govuk-inset-text" data-testid="new-person">
              <TextInput name="input.newSubject.givenName" label="First name" value={form.givenName} onChange={(givenName) => set({ givenName })} error={messageFor(errors, "input.newSubject.givenName")} autoComplete="off" spellCheck={false} />
              <TextInput name="input.newSubject.familyName" label="Last name" value={form.familyName} onChange={(familyName) => set({ familyName })} error={messageFor(errors, "input.newSubject.familyName")} autoComplete="off" spellCheck={false} />
              <DateInput name="input.newSubject.dateOfBirth" legend="Date of birth" hint="For example, 27 3 2007" value={form.dateOfBirth} onChange={(dateOfBirth) => set({ dateOfBirth })} error={messageFor(errors, "input.newSubject.dateOfBirth")} />
              <Radios name="input.newSubject.gender" legend="Gender" legendSize="s" inline small value={form.gender} onChange={(gender) => set({ gender })} error={messageFor(errors, "input.newSubject.gender")} options={Object.entries(GENDER_LABELS).map(([value, text]) => ({ value, label: text }))} />
              <TextInput name="input.newSubject.town" label="Town" value={form.town} onChange={(town) => set({ town })} error={messageFor(errors, "input.newSubject.town")} autoComplete="off" width={20} />
              <TextInput name="input.newSubject.postcode" label="Postcode" value={form.postcode} onChange={(postcode) => set({ postcode })} error={messageFor(errors, "input.newSubject.postcode")} autoComplete="off" width={10} />
            </div>
          )}
          {form.who === "known" && (
            <div className="govuk-inset-text" data-testid="known-person">
              <TextInput name="knownReference" label="Reference of a case about this person" hint="For example, CH-2018-00042" value={form.knownReference} onChange={(knownReference) => set({ knownReference, known: null })} error={messageFor(errors, "knownReference")} width={20} spellCheck={false} />
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void findKnown()} disabled={lookup.busy}>
                Find the person
              </button>
              {lookup.failure && <Problem failure={lookup.failure} />}
              {form.known && (
                <SummaryList
                  testId="known-person-found"
                  rows={[
                    { key: "Person", value: form.known.name || "Name withheld" },
                    { key: "Date of birth", value: form.known.dateOfBirth ? formatDate(form.known.dateOfBirth) : "Not recorded" },
                    { key: "From case", value: form.known.reference },
                  ]}
                />
              )}
              {lookup.requestId && !form.known && <RequestId id={lookup.requestId} />}
            </div>
          )}
          <h2 className="govuk-heading-m">The concern</h2>
          <Select name="input.leadAgencyId" label="Local authority to lead the case" hint="Where the person lives" value={form.leadAgencyId} onChange={(leadAgencyId) => set({ leadAgencyId })} error={messageFor(errors, "input.leadAgencyId")} blank="Select a local authority" options={authorities.map((a) => ({ value: a.id, label: a.name }))} />
          <Radios
            name="input.programme"
            legend="Programme"
            legendSize="s"
            value={form.programme}
            onChange={(programme) => set({ programme })}
            error={messageFor(errors, "input.programme")}
            options={[
              { value: "CHANNEL", label: "Channel", hint: "Voluntary support for someone at risk of being drawn into terrorism" },
              { value: "DDP", label: "Desistance and Disengagement Programme", hint: "For someone under court-approved conditions: probation licence, TPIM or TEO" },
            ]}
          />
          <Radios name="input.typeOfConcern" legend="Type of concern" legendSize="s" value={form.typeOfConcern} onChange={(typeOfConcern) => set({ typeOfConcern })} error={messageFor(errors, "input.typeOfConcern")} options={Object.entries(CONCERN_LABELS).map(([value, text]) => ({ value, label: text }))} />
          <Select name="input.referringSector" label="Referring sector" value={form.referringSector} onChange={(referringSector) => set({ referringSector })} error={messageFor(errors, "input.referringSector")} blank="Select a sector" options={Object.entries(SECTOR_LABELS).map(([value, text]) => ({ value, label: text }))} />
          <h2 className="govuk-heading-m">If you know them</h2>
          <p className="govuk-body" id="special-category-hint">
            Special category data, asked for the official statistics. Answer only what you know; leave the rest, and the panel may record it later. Whether the person consents to Channel support is asked by
            the panel, not at referral.
          </p>
          <Select
            name="input.ethnicity"
            label="Ethnic group (optional)"
            value={form.ethnicity ?? ""}
            onChange={(ethnicity) => set({ ethnicity })}
            error={messageFor(errors, "input.ethnicity")}
            blank="Not known"
            options={Object.entries(ETHNICITY_LABELS)
              .filter(([value]) => value !== "NOT_KNOWN")
              .map(([value, text]) => ({ value, label: text }))}
          />
          <Radios
            name="input.mentalHealthConcern"
            legend="Is a mental-health or neurodiversity concern known? (optional)"
            legendSize="s"
            inline
            small
            value={form.mentalHealthConcern ?? ""}
            onChange={(mentalHealthConcern) => set({ mentalHealthConcern })}
            error={messageFor(errors, "input.mentalHealthConcern")}
            options={Object.entries(MENTAL_HEALTH_LABELS).map(([value, text]) => ({ value, label: text }))}
          />
          <button type="submit" className="govuk-button" disabled={referred.status === "saving"}>
            Make the referral
          </button>
        </form>
        {referred.status === "done" && referred.errors.length > 0 && <RequestId id={referred.requestId} />}
      </div>
    </div>
  );
}
