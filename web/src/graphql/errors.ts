/**
 * What the gateway answers when something is refused or fails: a GraphQL error with a stable
 * `extensions.code` (FORBIDDEN with the field's `path`, PURPOSE_REQUIRED, BAD_USER_INPUT with the
 * offending `field`, CONFLICT with `currentVersion`, NOT_FOUND, ...).
 */
export interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: {
    code?: string;
    field?: string;
    currentVersion?: number;
    currentStage?: string;
    allowedNextStages?: string[];
    requestId?: string;
    retryAfterSeconds?: number;
    [key: string]: unknown;
  };
}

export const codeOf = (error: GraphQLErrorShape): string => error.extensions?.code ?? "INTERNAL_SERVER_ERROR";

/**
 * The request as a whole failed: not signed in (UNAUTHENTICATED), refused before it ran
 * (OPERATION_NOT_SAFELISTED, GRAPHQL_VALIDATION_FAILED, RATE_LIMITED), the platform unavailable,
 * or the network. Carries the request id to quote to support.
 */
export class RequestFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly requestId: string,
    readonly status: number,
    readonly errors: readonly GraphQLErrorShape[] = [],
  ) {
    super(message);
    this.name = "RequestFailure";
  }
}

/** The errors of one kind, e.g. every FORBIDDEN. */
export const errorsWithCode = (errors: readonly GraphQLErrorShape[], code: string): GraphQLErrorShape[] => errors.filter((e) => codeOf(e) === code);

/** The error reported exactly at this path of the answer (`["case", "ctRiskAssessment"]`), if any. */
export function errorAt(errors: readonly GraphQLErrorShape[], path: readonly (string | number)[]): GraphQLErrorShape | undefined {
  return errors.find((e) => e.path !== undefined && e.path.length === path.length && e.path.every((p, i) => p === path[i]));
}

/** Errors at this path or below it. */
export function errorsUnder(errors: readonly GraphQLErrorShape[], path: readonly (string | number)[]): GraphQLErrorShape[] {
  return errors.filter((e) => e.path !== undefined && e.path.length >= path.length && path.every((p, i) => e.path![i] === p));
}
