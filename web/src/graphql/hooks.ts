import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { purposeState, subscribePurpose } from "../purpose/store";
import { execute, PurposeMissing, type ExecuteOptions, type Result } from "./client";
import { RequestFailure, type GraphQLErrorShape } from "./errors";

export type QueryState<TData> =
  | { status: "loading"; previous: Result<TData> | null }
  | { status: "needs-purpose" }
  | { status: "failed"; failure: RequestFailure }
  | ({ status: "done" } & Result<TData>);

export interface QueryOptions extends ExecuteOptions {
  /** Do not run (yet). */
  skip?: boolean;
}

export interface Query<TData> {
  state: QueryState<TData>;
  /** Runs again (after a change); resolves with the new answer. */
  refetch(): Promise<Result<TData> | null>;
}

function asFailure(err: unknown): RequestFailure {
  if (err instanceof RequestFailure) return err;
  return new RequestFailure(err instanceof Error ? err.message : String(err), "CLIENT_ERROR", "none", 0);
}

/**
 * Runs a query when the component shows, and again when its variables or the stated purpose
 * change. An operation that needs a purpose waits for one (`needs-purpose`).
 */
export function useQuery<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, options: QueryOptions = {}): Query<TData> {
  const { purpose } = useSyncExternalStore(subscribePurpose, purposeState);
  const key = JSON.stringify(variables);
  const ready = options.referenceOnly || purpose !== null;
  const [state, setState] = useState<QueryState<TData>>(ready ? { status: "loading", previous: null } : { status: "needs-purpose" });
  const latest = useRef(0);
  const last = useRef<Result<TData> | null>(null);
  const purposeKey = purpose ? `${purpose.reason};${purpose.caseReference ?? ""}` : "";

  const run = useCallback(async (): Promise<Result<TData> | null> => {
    const ticket = ++latest.current;
    setState({ status: "loading", previous: last.current });
    try {
      const result = await execute(document, JSON.parse(key) as TVariables, { referenceOnly: options.referenceOnly ?? false });
      if (ticket === latest.current) {
        last.current = result;
        setState({ status: "done", ...result });
      }
      return result;
    } catch (err) {
      if (ticket === latest.current) setState(err instanceof PurposeMissing ? { status: "needs-purpose" } : { status: "failed", failure: asFailure(err) });
      return null;
    }
  }, [document, key, options.referenceOnly]);

  useEffect(() => {
    if (options.skip) return;
    if (!ready) {
      setState({ status: "needs-purpose" });
      return;
    }
    void run();
    return () => {
      latest.current++;
    };
  }, [run, ready, purposeKey, options.skip]);

  return { state, refetch: run };
}

export type MutationState<TData> =
  | { status: "idle" }
  | { status: "saving" }
  | { status: "failed"; failure: RequestFailure }
  | ({ status: "done" } & Result<TData>);

/** A mutation, run on demand (a form's submit). Its result, errors included, is the caller's to read. */
export function useMutation<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>): [(variables: TVariables) => Promise<Result<TData> | RequestFailure>, MutationState<TData>, () => void] {
  const [state, setState] = useState<MutationState<TData>>({ status: "idle" });
  const mutate = useCallback(
    async (variables: TVariables): Promise<Result<TData> | RequestFailure> => {
      setState({ status: "saving" });
      try {
        const result = await execute(document, variables);
        setState({ status: "done", ...result });
        return result;
      } catch (err) {
        const failure = err instanceof PurposeMissing ? new RequestFailure(err.message, "PURPOSE_REQUIRED", "none", 0) : asFailure(err);
        setState({ status: "failed", failure });
        return failure;
      }
    },
    [document],
  );
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return [mutate, state, reset];
}

/** The errors of a finished query or mutation (none while loading). */
export const errorsOf = (state: { status: string; errors?: readonly GraphQLErrorShape[] }): readonly GraphQLErrorShape[] => (state.status === "done" && state.errors ? state.errors : []);
