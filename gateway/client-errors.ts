import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type GraphQLError, type GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../common/errors";
import { serviceLogger, type Logger } from "../common/logger";

/** Why a client's document was refused before it ran. */
export type Refusal = "parse" | "validation" | "variables";

const SUPPORT = "Quote the request id to support for the reason.";

/**
 * WHAT A CLIENT LEARNS WHEN ITS DOCUMENT IS REFUSED, in production: one error, the same whatever
 * was wrong (a made-up field, a real field used wrongly, a missing selection, an operation over a
 * limit), naming nothing of the schema, so the answers cannot be compared to map it. The request
 * id (also the `x-request-id` header) finds the real reasons in the gateway's log. Development and
 * test answer the full messages.
 */
export const REFUSED: Record<Refusal, { code: string; message: string }> = {
  parse: { code: "GRAPHQL_PARSE_FAILED", message: `The operation could not be parsed. ${SUPPORT}` },
  validation: { code: "GRAPHQL_VALIDATION_FAILED", message: `The operation is not valid for this API or is over its limits. ${SUPPORT}` },
  variables: { code: ErrorCode.BAD_USER_INPUT, message: `The operation's variables do not fit it. ${SUPPORT}` },
};

export function refusedDocument(refusal: Refusal, requestId: string): GraphQLFormattedError {
  return { message: REFUSED[refusal].message, extensions: { code: REFUSED[refusal].code, requestId } };
}

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

/** Variable values that do not fit the operation: the errors point at variable definitions. */
const isVariableError = (e: GraphQLError) => e.path === undefined && e.nodes?.length === 1 && e.nodes[0]!.kind === Kind.VARIABLE_DEFINITION;

/** What the log keeps of an error: its message, but never a variable's value. */
function loggable(refusal: Refusal, error: GraphQLError): string {
  if (refusal !== "variables") return error.message;
  return `${/^Variable "\$\w+"/.exec(error.message)?.[0] ?? "A variable"} has an invalid value.`;
}

/**
 * The gateway's errors on their way out: a refused document's errors logged in full (with the
 * request id, never the variables) and, in production, answered with the one generic error;
 * every response's errors capped (capErrors).
 */
export function clientErrors<TContext extends { requestId: string }>(production: boolean, logger: Logger = serviceLogger("gateway")): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      let refused: Refusal | null = null;
      return {
        async parsingDidStart() {
          return async (err) => {
            if (err) refused = "parse";
          };
        },
        async validationDidStart() {
          return async (errs) => {
            if (errs?.length) refused = "validation";
          };
        },
        async didEncounterErrors({ errors, contextValue, operationName }) {
          if (!refused && errors.every(isVariableError)) refused = "variables";
          if (!refused) return;
          const kind = refused;
          logger.info({ requestId: contextValue.requestId, operationName, refused: kind, errors: errors.map((e) => loggable(kind, e)) }, "operation refused");
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (!result.errors) return;
          result.errors = production && refused ? [refusedDocument(refused, contextValue.requestId)] : capErrors(result.errors);
        },
      };
    },
  };
}
