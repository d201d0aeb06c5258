import { isRole, roleLabel } from "../auth/roles";

/** The DPO pages' wording for the trail's values. */
export const ACTION_LABELS: Record<string, string> = {
  DISCLOSURE: "Disclosure",
  COLLECTION: "Collection",
  ALTERATION: "Alteration",
  ERASURE: "Erasure",
};

export const ACTION_TAGS: Record<string, string> = {
  DISCLOSURE: "govuk-tag--blue",
  COLLECTION: "govuk-tag--green",
  ALTERATION: "govuk-tag--yellow",
  ERASURE: "govuk-tag--red",
};

export const rolesText = (roles: readonly string[]): string => (roles.length === 0 ? "None" : roles.map((r) => (isRole(r) ? roleLabel(r) : r)).join(", "));

/** `cases` → "Cases"; the subgraphs' names as people read them. */
export const SUBGRAPH_LABELS: Record<string, string> = {
  people: "People",
  agencies: "Agencies",
  cases: "Cases",
  "immigration-contacts": "Immigration contacts",
  "governance-boards": "Governance boards",
};

export const subgraphLabel = (name: string): string => SUBGRAPH_LABELS[name] ?? name;
