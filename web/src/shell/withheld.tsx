import type { ReactNode } from "react";
import { codeOf, errorAt, type GraphQLErrorShape } from "../graphql/errors";

/**
 * What the sharing policy withholds is shown as withheld, with its category, never as a blank.
 * The category comes from the FORBIDDEN error itself ("... (restricted.ctRisk data).") or, failing
 * that, from the field the error's path names.
 */

const CATEGORY_LABELS: Record<string, string> = {
  personal: "personal data",
  "special.concern": "special category data: type of concern",
  "special.vaf": "special category data: vulnerability assessment",
  "special.support": "special category data: support plan",
  "special.health": "special category data: health",
  "special.ddp": "criminal offence data: DDP conditions",
  "restricted.ctRisk": "restricted: CT risk assessment",
  "restricted.immigration": "restricted: immigration status",
  aggregate: "aggregate statistics",
  reference: "reference data",
  "reference.audit": "the access audit log",
};

const FIELD_CATEGORIES: Record<string, string> = {
  typeOfConcern: "special.concern",
  reason: "special.concern",
  vulnerabilityAssessment: "special.vaf",
  supportPlan: "special.support",
  summary: "special.support",
  healthInformation: "special.health",
  ddpConditions: "special.ddp",
  ctRiskAssessment: "restricted.ctRisk",
  immigrationStatus: "restricted.immigration",
  question: "restricted.immigration",
  answer: "restricted.immigration",
};

/** The policy category an error names, e.g. `restricted.ctRisk`. */
export function categoryOf(error: GraphQLErrorShape): string {
  const named = /\(([a-zA-Z.]+) data\)/.exec(error.message)?.[1];
  if (named) return named;
  const field = [...(error.path ?? [])].reverse().find((p): p is string => typeof p === "string");
  return (field && FIELD_CATEGORIES[field]) ?? "personal";
}

export const categoryLabel = (category: string): string => CATEGORY_LABELS[category] ?? category;

export function Withheld({ error }: { error: GraphQLErrorShape }) {
  const purpose = codeOf(error) === "PURPOSE_REQUIRED";
  return (
    <span className="app-withheld" data-withheld={categoryOf(error)}>
      <strong className="govuk-tag govuk-tag--grey">Withheld</strong>{" "}
      {purpose ? "Withheld until you state a purpose" : "Withheld under the sharing policy"} ({categoryLabel(categoryOf(error))})
    </span>
  );
}

/**
 * A field's value, or why there is none: withheld (an error at its path), or not recorded.
 * `render` is only called with a value.
 */
export function FieldValue<T>({ value, errors, path, render, empty = "Not recorded" }: { value: T | null | undefined; errors: readonly GraphQLErrorShape[]; path: readonly (string | number)[]; render?: (value: T) => ReactNode; empty?: string }) {
  const error = errorAt(errors, path);
  if (error && (codeOf(error) === "FORBIDDEN" || codeOf(error) === "PURPOSE_REQUIRED")) return <Withheld error={error} />;
  if (error) return <span className="app-withheld">Not available: {error.message}</span>;
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return <span className="app-withheld">{empty}</span>;
  return <>{render ? render(value) : String(value)}</>;
}
