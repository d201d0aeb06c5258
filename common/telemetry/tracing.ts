import http from "node:http";
import https from "node:https";
import { context, createContextKey, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span, type Tracer } from "@opentelemetry/api";
import type { SpanExporter, SpanProcessor, ReadableSpan } from "@opentelemetry/sdk-trace-base";

/**
 * TRACES. Off unless `OTEL_TRACES_EXPORTER` names an exporter: then the OpenTelemetry SDK is
 * loaded (never before) and each service gets a tracer provider of its own, so the gateway and
 * the five subgraphs keep their own `service.name` even when `npm start` runs them all in one
 * process. Off, every helper here is a branch on a null and calls straight through.
 *
 * W3C trace context (`traceparent`) travels on every call between services: the gateway's
 * subgraph fetches, the subgraphs' peer calls, the trail's fan-out and the access-profile
 * lookups. The request id is an attribute of every span (`dovetail.request.id`).
 *
 * What spans carry is chosen, never dumped: no variables, no document literals, no SQL
 * parameters, no exception messages (they may quote input), no headers.
 */

export type TraceExporterName = "otlp" | "console";
export type OtlpProtocol = "http/protobuf" | "http/json";

export interface TracingSettings {
  /** Empty: tracing off. */
  exporters: readonly TraceExporterName[];
  protocol: OtlpProtocol;
  /** `OTEL_SERVICE_NAME`: the service name when a process runs one service; else each service's own. */
  serviceName: string | null;
}

export interface TracingOptions {
  /** `one`: this process runs one service (OTEL_SERVICE_NAME names it); `many`: `npm start`. */
  services: "one" | "many";
  /** Tests: export here instead of what the settings say (spans are exported as each ends). */
  exporter?: SpanExporter;
}

export const ATTR_REQUEST_ID = "dovetail.request.id";
const REQUEST_ID_KEY = createContextKey("dovetail.request.id");
const OPERATION_SPAN_KEY = createContextKey("dovetail.graphql.operation.span");

interface Provider {
  getTracer(name: string, version?: string): Tracer;
  forceFlush(): Promise<void>;
  shutdown(): Promise<void>;
}

interface TracingState {
  settings: TracingSettings;
  options: TracingOptions;
  providers: Map<string, Provider>;
  tracers: Map<string, Tracer>;
  createProvider(service: string): Provider;
  disableContext(): void;
}

let state: TracingState | null = null;

/** The exporter's connection (its own default loads node:http with a dynamic import). */
const keepAliveAgent = (protocol: string): http.Agent => (protocol === "https:" ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true }));

/** Whether spans are being made in this process. */
export function tracingEnabled(): boolean {
  return state !== null;
}

/**
 * Loads the SDK and starts tracing when the settings name an exporter (or a test gives one);
 * otherwise does nothing. Call once, before the services are built.
 */
export async function startTracing(settings: TracingSettings, options: TracingOptions): Promise<boolean> {
  if (state) throw new Error("tracing already started");
  if (settings.exporters.length === 0 && !options.exporter) return false;
  const [sdk, resources, core, asyncHooks] = await Promise.all([
    import("@opentelemetry/sdk-trace-base"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/core"),
    import("@opentelemetry/context-async-hooks"),
  ]);
  const exporters = async (): Promise<(() => SpanExporter)[]> => {
    if (options.exporter) {
      const exporter = options.exporter;
      return [() => exporter];
    }
    const made: (() => SpanExporter)[] = [];
    for (const name of settings.exporters) {
      if (name === "console") made.push(() => new sdk.ConsoleSpanExporter());
      else if (settings.protocol === "http/json") {
        const { OTLPTraceExporter } = await import("@opentelemetry/exporter-trace-otlp-http");
        made.push(() => new OTLPTraceExporter({ httpAgentOptions: keepAliveAgent }));
      } else {
        const { OTLPTraceExporter } = await import("@opentelemetry/exporter-trace-otlp-proto");
        made.push(() => new OTLPTraceExporter({ httpAgentOptions: keepAliveAgent }));
      }
    }
    return made;
  };
  const makers = await exporters();
  const manager = new asyncHooks.AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(manager);
  propagation.setGlobalPropagator(new core.W3CTraceContextPropagator());
  // OTEL_RESOURCE_ATTRIBUTES (and OTEL_SERVICE_NAME) as the SDK reads them, then the service's name.
  const fromEnv = resources.defaultResource().merge(resources.detectResources({ detectors: [resources.envDetector] }));
  state = {
    settings,
    options,
    providers: new Map(),
    tracers: new Map(),
    createProvider(service) {
      const attributes: Attributes = { "service.name": options.services === "one" && settings.serviceName ? settings.serviceName : service };
      if (options.services === "many" && settings.serviceName) attributes["service.namespace"] = settings.serviceName;
      const processors: SpanProcessor[] = [new RequestIdProcessor()];
      for (const make of makers) processors.push(options.exporter ? new sdk.SimpleSpanProcessor(make()) : new sdk.BatchSpanProcessor(make()));
      return new sdk.BasicTracerProvider({ resource: fromEnv.merge(resources.resourceFromAttributes(attributes)), spanProcessors: processors });
    },
    disableContext() {
      context.disable();
      propagation.disable();
    },
  };
  return true;
}

/** Sends what is buffered (before a test reads its exporter, or on the way out). */
export async function flushTracing(): Promise<void> {
  if (state) await Promise.all([...state.providers.values()].map((p) => p.forceFlush()));
}

/** Flushes and stops every provider; tracing is off afterwards. */
export async function stopTracing(): Promise<void> {
  const current = state;
  if (!current) return;
  state = null;
  await Promise.all([...current.providers.values()].map((p) => p.shutdown().catch(() => undefined)));
  current.disableContext();
}

/** The service's tracer, or null when tracing is off. */
export function tracerFor(service: string): Tracer | null {
  if (!state) return null;
  let tracer = state.tracers.get(service);
  if (!tracer) {
    const provider = state.createProvider(service);
    state.providers.set(service, provider);
    tracer = provider.getTracer("dovetail-graph");
    state.tracers.set(service, tracer);
  }
  return tracer;
}

/** Sets the request id on every span as it starts, from the context the request began. */
class RequestIdProcessor implements SpanProcessor {
  onStart(span: Span, parent: Context): void {
    const id = parent.getValue(REQUEST_ID_KEY);
    if (typeof id === "string") span.setAttribute(ATTR_REQUEST_ID, id);
  }
  onEnd(_span: ReadableSpan): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** What may describe a failure on a span: its kind, never its message. */
function failureType(err: unknown): string {
  const code = (err as { extensions?: { code?: unknown }; code?: unknown } | null)?.extensions?.code ?? (err as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^[A-Z0-9_]{1,64}$/i.test(code)) return code;
  return err instanceof Error && /^\w{1,64}$/.test(err.name) ? err.name : "Error";
}

/** Marks a span failed with the kind of failure (no message: it may quote input). */
export function markFailed(span: Span, err: unknown): void {
  const type = failureType(err);
  span.setAttribute("error.type", type);
  span.setStatus({ code: SpanStatusCode.ERROR, message: type });
}

/**
 * Runs `work` in a span of the service (a child of the active one), ended when it settles; a
 * rejection marks it failed. Tracing off: calls `work(null)` and nothing else.
 */
export function inSpan<T>(service: string, name: string, attributes: Attributes, work: (span: Span | null) => Promise<T>, kind: SpanKind = SpanKind.INTERNAL): Promise<T> {
  const tracer = state ? tracerFor(service) : null;
  if (!tracer) return work(null);
  return tracer.startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await work(span);
    } catch (err) {
      markFailed(span, err);
      throw err;
    } finally {
      span.end();
    }
  });
}

/**
 * A call to another service: a client span, with `traceparent` added to the outgoing headers so
 * the callee's spans join the trace.
 */
export function inClientSpan<T>(service: string, name: string, attributes: Attributes, headers: Record<string, string>, work: (span: Span | null) => Promise<T>): Promise<T> {
  if (!state) return work(null);
  return inSpan(
    service,
    name,
    attributes,
    (span) => {
      propagation.inject(context.active(), headers);
      return work(span);
    },
    SpanKind.CLIENT,
  );
}

/**
 * One HTTP request a service answers: a server span continuing the caller's trace (its
 * `traceparent`), carrying the request id for every span beneath it. Only the route is
 * recorded: never the query string (a GET carries its variables there) or headers.
 */
export function inServerSpan(service: string, req: http.IncomingMessage, res: http.ServerResponse, route: string, requestId: string, work: () => Promise<void>): Promise<void> {
  const tracer = state ? tracerFor(service) : null;
  if (!tracer) return work();
  const parent = propagation.extract(ROOT_CONTEXT, req.headers).setValue(REQUEST_ID_KEY, requestId);
  const method = req.method ?? "GET";
  const span = tracer.startSpan(`${method} ${route}`, { kind: SpanKind.SERVER, attributes: { "http.request.method": method, "http.route": route, "url.path": route, "url.scheme": "http", [ATTR_REQUEST_ID]: requestId } }, parent);
  return context.with(trace.setSpan(parent, span), async () => {
    try {
      await work();
    } catch (err) {
      markFailed(span, err);
      throw err;
    } finally {
      span.setAttribute("http.response.status_code", res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
  });
}

/**
 * The GraphQL operation a request runs: named once it is resolved (see `nameOperationSpan`),
 * the parent of everything the execution does (subgraph fetches, SQL, the audit record).
 */
export function inOperationSpan<T>(service: string, work: () => Promise<T>): Promise<T> {
  const tracer = state ? tracerFor(service) : null;
  if (!tracer) return work();
  const span = tracer.startSpan("graphql", { kind: SpanKind.INTERNAL });
  const ctx = trace.setSpan(context.active(), span).setValue(OPERATION_SPAN_KEY, span);
  return context.with(ctx, async () => {
    try {
      return await work();
    } catch (err) {
      markFailed(span, err);
      throw err;
    } finally {
      span.end();
    }
  });
}

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Names the operation span of the current request: `query Caseload` (type and name only, never
 * the document or its variables), with the outcome once the response is known.
 */
export function nameOperationSpan(type: string, name: string | null | undefined): void {
  if (!state) return;
  const span = context.active().getValue(OPERATION_SPAN_KEY) as Span | undefined;
  if (!span) return;
  const safeName = name && GRAPHQL_NAME.test(name) ? name : null;
  span.updateName(safeName ? `${type} ${safeName}` : type);
  span.setAttribute("graphql.operation.type", type);
  if (safeName) span.setAttribute("graphql.operation.name", safeName);
}

/** Records the operation's outcome (and the error codes, never messages) on its span. */
export function endOperationSpan(outcome: string, errorCodes: readonly string[]): void {
  if (!state) return;
  const span = context.active().getValue(OPERATION_SPAN_KEY) as Span | undefined;
  if (!span) return;
  span.setAttribute("dovetail.graphql.outcome", outcome);
  if (errorCodes.length > 0) span.setAttribute("dovetail.graphql.error_codes", [...new Set(errorCodes)].slice(0, 10));
  if (outcome === "failure") span.setStatus({ code: SpanStatusCode.ERROR });
}

/** Whether a span is active here (SQL is traced only inside a request, never seeding or migrations). */
export function insideSpan(): boolean {
  return state !== null && trace.getSpan(context.active()) !== undefined;
}
