import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useEffect, useState } from "react";
import { execute, type Result } from "../../graphql/client";
import { codeOf, errorAt, RequestFailure, type GraphQLErrorShape } from "../../graphql/errors";
import { useQuery, type QueryState } from "../../graphql/hooks";

/** How often a year still being computed is asked for again before the page says so and stops. */
const MAX_ATTEMPTS = 24;

/** The error that says the year is still being computed, and when to ask again (seconds). */
export function computing(errors: readonly GraphQLErrorShape[], field: string): number | null {
  const error = errorAt(errors, [field]) ?? errors.find((e) => codeOf(e) === "SERVICE_UNAVAILABLE");
  if (!error || codeOf(error) !== "SERVICE_UNAVAILABLE") return null;
  const after = Number(error.extensions?.retryAfterSeconds);
  return Number.isFinite(after) && after > 0 ? Math.min(after, 30) : 5;
}

export interface StatisticsQuery<TData> {
  state: QueryState<TData>;
  /** The year is being computed: the page asks again in this many seconds. */
  retryingIn: number | null;
  refetch(): void;
}

/**
 * A statistics query (aggregates: no purpose needed). A year not yet computed answers
 * SERVICE_UNAVAILABLE with `retryAfterSeconds`: the page says so and asks again when told to.
 */
export function useStatisticsQuery<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, field: string): StatisticsQuery<TData> {
  const { state, refetch } = useQuery(document, variables, { referenceOnly: true });
  const [attempts, setAttempts] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => setAttempts(0), [key]);
  const retryAfter =
    state.status === "done" ? computing(state.errors, field) : state.status === "failed" && state.failure.code === "SERVICE_UNAVAILABLE" ? 5 : state.status === "loading" && state.previous ? computing(state.previous.errors, field) : null;
  const waiting = state.status !== "loading" && retryAfter !== null && attempts < MAX_ATTEMPTS;
  useEffect(() => {
    if (!waiting || retryAfter === null) return;
    const timer = setTimeout(() => {
      setAttempts((n) => n + 1);
      void refetch();
    }, retryAfter * 1000);
    return () => clearTimeout(timer);
  }, [waiting, retryAfter, refetch]);
  return { state, retryingIn: retryAfter !== null && attempts < MAX_ATTEMPTS ? retryAfter : null, refetch: () => void refetch() };
}

/**
 * One request through the app's client, asked again while the year is being computed. For the
 * year-on-year line, which asks for one year after another.
 */
export async function executeStatistics<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, field: string, cancelled: () => boolean): Promise<Result<TData>> {
  for (let attempt = 1; ; attempt++) {
    let result: Result<TData>;
    let wait: number | null;
    try {
      result = await execute(document, variables, { referenceOnly: true });
      wait = computing(result.errors, field);
    } catch (err) {
      if (!(err instanceof RequestFailure) || err.code !== "SERVICE_UNAVAILABLE" || attempt >= MAX_ATTEMPTS) throw err;
      wait = 5;
      result = { data: null, errors: err.errors, requestId: err.requestId };
    }
    if (wait === null || attempt >= MAX_ATTEMPTS || cancelled()) return result;
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
}
