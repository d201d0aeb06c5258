import fs from "node:fs";
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from "@apollo/server";
import { Kind, parse } from "graphql";
import { codeLabel, type ServiceMetrics } from "./metrics";
import { endOperationSpan, nameOperationSpan } from "./tracing";

/**
 * Operation names for metric labels: only those of the operation manifest (the typed clients'
 * and the web app's, `clients/generated/persisted-documents.json`); any other is `unlisted`, so
 * a client cannot grow the label set. A subgraph sees the gateway's names for the plan's fetches
 * (`Caseload__cases__0`): the client's name is what comes before the first `__`.
 */
export class OperationNames {
  static readonly UNLISTED = "unlisted";
  static readonly NONE = new OperationNames([]);
  private readonly names: ReadonlySet<string>;

  constructor(names: Iterable<string>) {
    this.names = new Set(names);
  }

  label(name: string | null | undefined): string {
    if (!name) return OperationNames.UNLISTED;
    if (this.names.has(name)) return name;
    const planned = /^([_A-Za-z][_0-9A-Za-z]*?)__[_0-9A-Za-z]+__\d+$/.exec(name);
    return planned && this.names.has(planned[1]!) ? planned[1]! : OperationNames.UNLISTED;
  }

  get size(): number {
    return this.names.size;
  }
}

const loaded = new Map<string, OperationNames>();

/** The names in a manifest file (read once per file); none when it is missing or unreadable. */
export function operationNamesFrom(file: string | null | undefined): OperationNames {
  if (!file) return OperationNames.NONE;
  let names = loaded.get(file);
  if (!names) {
    names = OperationNames.NONE;
    try {
      const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
      const found: string[] = [];
      for (const document of Object.values(manifest)) {
        if (typeof document !== "string") continue;
        for (const definition of parse(document).definitions) {
          if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) found.push(definition.name.value);
        }
      }
      names = new OperationNames(found);
    } catch {
      // No manifest (or a broken one, which the safelist reports): every name is unlisted.
    }
    loaded.set(file, names);
  }
  return names;
}

/** Each request's response hooks that may still change its answer (Apollo runs them side by side). */
const held = new WeakMap<object, Promise<unknown>>();

/**
 * A plugin whose `willSendResponse` may still replace the answer (the audit plugin withholds the
 * data when its record cannot be written): the operation's outcome is read once it is done.
 */
export function outcomeAfter<TContext extends BaseContext>(plugin: ApolloServerPlugin<TContext>): ApolloServerPlugin<TContext> {
  return {
    ...plugin,
    async requestDidStart(requestContext) {
      const listener = await plugin.requestDidStart?.(requestContext);
      const send = listener?.willSendResponse;
      if (!listener || !send) return listener;
      return {
        ...listener,
        willSendResponse(context: GraphQLRequestContextWillSendResponse<TContext>) {
          const done = send.call(listener, context);
          held.set(context, done);
          return done;
        },
      };
    },
  };
}

/** `success`: no error; `partial`: data with errors (a refused field); `failure`: no data. */
export type OperationOutcome = "success" | "partial" | "failure";

/**
 * Counts and times each GraphQL operation (by manifest name, type and outcome) and names the
 * request's operation span. Installed on the gateway's and every subgraph's Apollo Server.
 */
export function telemetryPlugin<TContext extends BaseContext>(metrics: ServiceMetrics, names: OperationNames): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      let operation = names.label(request.operationName);
      let type = "unknown";
      return {
        async didResolveOperation({ operation: definition, operationName }) {
          type = definition?.operation ?? "unknown";
          operation = names.label(operationName);
          nameOperationSpan(type, operationName);
        },
        async willSendResponse(requestContext) {
          const waiting = held.get(requestContext);
          if (waiting) await waiting.catch(() => undefined);
          const { response } = requestContext;
          let outcome: OperationOutcome = "success";
          let codes: string[] = [];
          if (response.body.kind === "single") {
            const { data, errors } = response.body.singleResult;
            if (errors && errors.length > 0) {
              outcome = data ? "partial" : "failure";
              codes = errors.map((e) => codeLabel(e.extensions?.code));
            }
          }
          const labels = { operation, type, outcome };
          metrics.operations.inc(labels);
          metrics.operationDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          endOperationSpan(outcome, codes);
        },
      };
    },
  };
}
