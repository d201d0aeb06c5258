/**
 * The platform's roles (the `roles` claim) and what the app offers each. Hiding an action or a
 * page is a courtesy: the gateway and the subgraphs decide, and the app shows their refusals.
 */
export const ROLES = [
  "CHANNEL_CHAIR",
  "PREVENT_COORDINATOR",
  "CASE_OFFICER",
  "CT_OFFICER",
  "IMMIGRATION_SPOC",
  "HEALTH_LIAISON",
  "OFFENDER_MANAGER",
  "SAFEGUARDING_LEAD",
  "OVERSIGHT",
  "BOARD_MEMBER",
  "DATA_PROTECTION_OFFICER",
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

const ROLE_LABELS: Record<Role, string> = {
  CHANNEL_CHAIR: "Channel Chair",
  PREVENT_COORDINATOR: "Prevent coordinator",
  CASE_OFFICER: "Case officer",
  CT_OFFICER: "CT officer",
  IMMIGRATION_SPOC: "Immigration SPOC",
  HEALTH_LIAISON: "Health liaison",
  OFFENDER_MANAGER: "Offender manager",
  SAFEGUARDING_LEAD: "Safeguarding lead",
  OVERSIGHT: "Home Office oversight",
  BOARD_MEMBER: "Board member",
  DATA_PROTECTION_OFFICER: "Data protection officer",
};

export const roleLabel = (role: Role): string => ROLE_LABELS[role];

const hasAny = (roles: readonly Role[], wanted: readonly Role[]): boolean => roles.some((r) => wanted.includes(r));

/** Roles that work cases (the policy's case-work roles): they may refer and see a caseload. */
export const CASEWORK_ROLES: readonly Role[] = [
  "CHANNEL_CHAIR",
  "PREVENT_COORDINATOR",
  "CASE_OFFICER",
  "CT_OFFICER",
  "IMMIGRATION_SPOC",
  "HEALTH_LIAISON",
  "OFFENDER_MANAGER",
  "SAFEGUARDING_LEAD",
];

/** A caseload: case workers, and oversight for the cases a quality-assurance review sampled. */
export const seesCaseload = (roles: readonly Role[]): boolean => hasAny(roles, [...CASEWORK_ROLES, "OVERSIGHT"]);
export const mayRefer = (roles: readonly Role[]): boolean => hasAny(roles, CASEWORK_ROLES);
export const worksImmigrationQuestions = (roles: readonly Role[]): boolean => hasAny(roles, ["CHANNEL_CHAIR", "IMMIGRATION_SPOC"]);
export const readsBoardReports = (roles: readonly Role[]): boolean => hasAny(roles, ["BOARD_MEMBER", "OVERSIGHT", "CHANNEL_CHAIR", "PREVENT_COORDINATOR"]);
export const isDataProtectionOfficer = (roles: readonly Role[]): boolean => roles.includes("DATA_PROTECTION_OFFICER");

/**
 * The type of concern is special-category data no health liaison sees (the policy's stricter
 * reading): the caseload does not ask for it for a user whose only role is that.
 */
export const mayEverSeeConcern = (roles: readonly Role[]): boolean => roles.some((r) => r !== "HEALTH_LIAISON" && r !== "BOARD_MEMBER" && r !== "DATA_PROTECTION_OFFICER");
