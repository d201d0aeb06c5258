import { codeOf, type GraphQLErrorShape } from "../graphql/errors";
import { STAGE_LABELS, type Stage } from "./labels";
import type { FieldError } from "./forms";

/**
 * A mutation's errors as the form shows them: BAD_USER_INPUT beside the field it names (when the
 * form has that field), everything else at the top of the error summary. CONFLICT is not here:
 * the case-work forms show what changed instead.
 */
export function formErrorsOf(errors: readonly GraphQLErrorShape[], hasField: (field: string) => boolean): FieldError[] {
  return errors.map((error) => {
    const code = codeOf(error);
    const field = error.extensions?.field;
    if (code === "BAD_USER_INPUT") {
      const stage = error.extensions?.currentStage;
      const allowed = error.extensions?.allowedNextStages;
      const stageNote = stage
        ? ` The case is at ${STAGE_LABELS[stage as Stage] ?? stage}${allowed && allowed.length > 0 ? `; from there it can move to ${allowed.map((s) => STAGE_LABELS[s as Stage] ?? s).join(", ")}` : ""}.`
        : "";
      return { field: field && hasField(field) ? field : null, message: `${error.message}${stageNote}` };
    }
    if (code === "FORBIDDEN") return { field: null, message: `You cannot do this: ${error.message}` };
    if (code === "NOT_FOUND") return { field: null, message: "This record cannot be found, or you no longer have access to it." };
    if (code === "PURPOSE_REQUIRED") return { field: null, message: `State a purpose first: ${error.message}` };
    return { field: null, message: error.message };
  });
}
