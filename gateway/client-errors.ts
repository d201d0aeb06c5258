import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../common/errors";

/** Errors without a path a response carries at most, the last of them a note of how many were left out. */
export const MAX_REQUEST_ERRORS = 10;

/**
 * At most MAX_REQUEST_ERRORS errors without a path (parse, validation, variables, the request as
 * a whole). Errors with a path are kept, all of them: each stands for one field of the answer (a
 * withheld field names its reason), so the answer's own size bounds them.
 */
export function capErrors(errors: readonly GraphQLFormattedError[]): readonly GraphQLFormattedError[] {
  const requestErrors = errors.filter((e) => e.path === undefined).length;
  if (requestErrors <= MAX_REQUEST_ERRORS) return errors;
  let kept = 0;
  const capped = errors.filter((e) => e.path !== undefined || ++kept < MAX_REQUEST_ERRORS);
  const left = requestErrors - (MAX_REQUEST_ERRORS - 1);
  return [...capped, { message: `${left} more errors not shown.`, extensions: { code: ErrorCode.TOO_MANY_ERRORS, notShown: left } }];
}

/** The gateway's errors on their way out: every response's errors capped (capErrors). */
export function clientErrors<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (result.errors) result.errors = capErrors(result.errors);
        },
      };
    },
  };
}
