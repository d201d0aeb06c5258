import { GraphQLError } from "graphql";

/** Stable `extensions.code` values that clients may switch on. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  PURPOSE_REQUIRED: "PURPOSE_REQUIRED",
  AUDIT_UNAVAILABLE: "AUDIT_UNAVAILABLE",
  CONFLICT: "CONFLICT",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** Too many requests from one partner identity or address: `retryAfterSeconds` says when to retry. */
  RATE_LIMITED: "RATE_LIMITED",
  /** Production runs only the operations in the manifest of the typed clients. */
  OPERATION_NOT_SAFELISTED: "OPERATION_NOT_SAFELISTED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
  /** The last error of a response that had more than it carries: `notShown` says how many were left out. */
  TOO_MANY_ERRORS: "TOO_MANY_ERRORS",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Invalid input: names the offending argument or input field so a client can point at it. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, field: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
    this.name = "BadUserInputError";
  }
}

/** The thing named does not exist (or the caller may not know it exists). */
export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND } });
    this.name = "NotFoundError";
  }
}

/**
 * No credentials, or bad ones: thrown from a context factory it makes Apollo answer HTTP 401
 * before anything is resolved.
 */
export class AuthenticationError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
    this.name = "AuthenticationError";
  }
}

/** A field or action the sharing policy does not grant the caller. The field resolves to null. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
    this.name = "ForbiddenError";
  }
}

/** Personal, special-category or restricted data asked for without a valid `x-purpose`. The field resolves to null. */
export class PurposeRequiredError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.PURPOSE_REQUIRED } });
    this.name = "PurposeRequiredError";
  }
}

/** A dependency the request needs (e.g. the agency directory) cannot be reached; try again. */
export class ServiceUnavailableError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, ...extensions, http: { status: 503 } } });
    this.name = "ServiceUnavailableError";
  }
}
