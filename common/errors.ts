import { GraphQLError } from "graphql";

/** Stable `extensions.code` values that clients may switch on. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Invalid input: names the offending argument or input field so a client can point at it. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, field: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
    this.name = "BadUserInputError";
  }
}
