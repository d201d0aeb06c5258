import path from "node:path";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { ConfigError, loadConfig } from "../../common/config";
import { gatewayMetrics, routeLabel, ServiceMetrics, startMetricsListener, subgraphMetrics } from "../../common/telemetry/metrics";
import { OperationNames, operationNamesFrom, outcomeAfter, telemetryPlugin } from "../../common/telemetry/operations";
import { flushTracing, inSpan, startTracing, stopTracing, tracerFor, tracingEnabled } from "../../common/telemetry/tracing";
import { tokenFailureReason } from "../../gateway/telemetry";

const MANIFEST = path.resolve(__dirname, "../../clients/generated/persisted-documents.json");

describe("operation names for metric labels", () => {
  const names = operationNamesFrom(MANIFEST);

  it("reads the manifest's names", () => {
    expect(names.size).toBeGreaterThan(10);
    expect(names.label("Caseload")).toBe("Caseload");
    expect(names.label("MyCaseloadByStage")).toBe("MyCaseloadByStage");
  });

  it("names a plan's subgraph fetch by the client's operation, and anything else unlisted", () => {
    expect(names.label("Caseload__cases__0")).toBe("Caseload");
    expect(names.label("Caseload__immigration_contacts__12")).toBe("Caseload");
    expect(names.label("Jane_Smith__cases__0")).toBe("unlisted");
    expect(names.label("ZzAnything")).toBe("unlisted");
    expect(names.label(undefined)).toBe("unlisted");
    expect(names.label("")).toBe("unlisted");
  });

  it("labels everything unlisted without a manifest", () => {
    expect(operationNamesFrom(path.join(__dirname, "no-such-manifest.json")).label("Caseload")).toBe("unlisted");
    expect(OperationNames.NONE.label("Caseload")).toBe("unlisted");
  });
});

describe("the operation's outcome", () => {
  /** Like the audit plugin when its record cannot be written: the answer is replaced, a moment later. */
  const withholding: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          if (response.body.kind === "single") response.body.singleResult = { data: null, errors: [{ message: "withheld", extensions: { code: "AUDIT_UNAVAILABLE" } }] };
        },
      };
    },
  };

  async function outcomeOf(plugin: ApolloServerPlugin): Promise<string[]> {
    const metrics = new ServiceMetrics(`outcome-${Math.random()}`);
    const server = new ApolloServer({ typeDefs: "type Query { hello: String }", resolvers: { Query: { hello: () => "hi" } }, plugins: [plugin, telemetryPlugin(metrics, new OperationNames(["Hello"]))] });
    await server.start();
    try {
      await server.executeOperation({ query: "query Hello { hello }", operationName: "Hello" });
    } finally {
      await server.stop();
    }
    return (await metrics.operations.get()).values.map((v) => `${v.labels.operation} ${v.labels.type} ${v.labels.outcome}`);
  }

  it("is read once a plugin that may withhold the answer is done", async () => {
    expect(await outcomeOf(outcomeAfter(withholding))).toEqual(["Hello query failure"]);
    // Apollo runs the response hooks side by side: without the wait the answer would be read too early.
    expect(await outcomeOf(withholding)).toEqual(["Hello query success"]);
  });
});

describe("bounded labels", () => {
  it("keeps routes to a fixed list", () => {
    expect(["/graphql", "/health/live", "/health/ready", "/metrics", "/cases/123", "/assets/x.js", "/oidc/auth/abc"].map(routeLabel)).toEqual([
      "/graphql",
      "/health/live",
      "/health/ready",
      "/metrics",
      "other",
      "other",
      "other",
    ]);
  });

  it("names partner-token failures from a fixed set", () => {
    const reasons = [
      "malformed token",
      "algorithm HS256 is not allowed",
      "untrusted issuer",
      '"exp" claim timestamp check failed',
      '"nbf" claim timestamp check failed',
      'unexpected "aud" claim value',
      "signature verification failed",
      "agency claim missing or malformed",
      "the token grants no known role",
      "something else entirely",
    ].map((m) => tokenFailureReason(new Error(m)));
    expect(reasons).toEqual(["malformed", "algorithm", "untrusted_issuer", "expired", "not_yet_valid", "audience", "signature", "claims", "claims", "other"]);
  });
});

describe("configuration of metrics and traces", () => {
  it("serves metrics on the service ports outside production, on a loopback listener at METRICS_PORT in production", () => {
    expect(loadConfig({}).telemetry.metrics).toEqual({ onServicePorts: true, listener: null });
    expect(loadConfig({ NODE_ENV: "production" }).telemetry.metrics).toEqual({ onServicePorts: false, listener: null });
    expect(loadConfig({ NODE_ENV: "production", METRICS_PORT: "9464" }).telemetry.metrics).toEqual({ onServicePorts: false, listener: { port: 9464, host: "127.0.0.1" } });
    expect(loadConfig({ NODE_ENV: "production", METRICS_PORT: "9100", METRICS_HOST: "0.0.0.0" }).telemetry.metrics.listener).toEqual({ port: 9100, host: "0.0.0.0" });
    expect(loadConfig({ METRICS_PORT: "9100" }).telemetry.metrics).toEqual({ onServicePorts: true, listener: { port: 9100, host: "127.0.0.1" } });
  });

  it.each([
    [{ METRICS_PORT: "4000" }, /METRICS_PORT: must differ from GATEWAY_PORT/],
    [{ METRICS_PORT: "4003" }, /METRICS_PORT: must differ from CASES_PORT/],
    [{ METRICS_PORT: "70000" }, /METRICS_PORT: must be a port number/],
    [{ METRICS_HOST: "http://127.0.0.1" }, /METRICS_HOST: must be a host name or an IP address/],
    [{ METRICS_HOST: "bad host" }, /METRICS_HOST/],
    [{ OTEL_TRACES_EXPORTER: "jaeger" }, /OTEL_TRACES_EXPORTER: must be otlp, console or none/],
    [{ OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" }, /OTEL_EXPORTER_OTLP_PROTOCOL: must be http\/protobuf or http\/json \(grpc is not supported\)/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "not a url" }, /OTEL_EXPORTER_OTLP_ENDPOINT/],
  ])("refuses %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("reads the standard OTEL_* variables; traces are off unless an exporter is named", () => {
    expect(loadConfig({}).telemetry.traces).toEqual({ exporters: [], protocol: "http/protobuf", serviceName: null });
    expect(loadConfig({ OTEL_TRACES_EXPORTER: "none" }).telemetry.traces.exporters).toEqual([]);
    expect(loadConfig({ OTEL_TRACES_EXPORTER: "otlp,console", OTEL_EXPORTER_OTLP_PROTOCOL: "http/json", OTEL_SERVICE_NAME: "dovetail" }).telemetry.traces).toEqual({
      exporters: ["otlp", "console"],
      protocol: "http/json",
      serviceName: "dovetail",
    });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: "http/json", OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: "http/protobuf" }).telemetry.traces.protocol).toBe("http/protobuf");
    expect(loadConfig({ OTEL_TRACES_EXPORTER: "otlp", OTEL_SDK_DISABLED: "true" }).telemetry.traces.exporters).toEqual([]);
  });
});

describe("the metrics listener", () => {
  it("answers GET /metrics with every service of the process, and 404 elsewhere", async () => {
    gatewayMetrics().safelistRefusals.inc({ code: "OPERATION_NOT_SAFELISTED" });
    subgraphMetrics("cases").cubeBuilds.inc({ outcome: "ok" });
    const listener = await startMetricsListener(0, "127.0.0.1");
    try {
      const res = await fetch(listener.url);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toMatch(/dovetail_safelist_refusals_total\{code="OPERATION_NOT_SAFELISTED",service="gateway"\} [1-9]/);
      expect(text).toMatch(/dovetail_statistics_cube_builds_total\{outcome="ok",service="cases"\} [1-9]/);
      expect(text).toMatch(/^process_resident_memory_bytes /m);
      expect((await fetch(listener.url.replace(/\/metrics$/, "/"))).status).toBe(404);
    } finally {
      await listener.close();
    }
  });
});

describe("tracing's service names", () => {
  // A provider's shutdown stops its exporter: a fresh one for each test.
  let exporter: InMemorySpanExporter;
  beforeEach(() => {
    exporter = new InMemorySpanExporter();
  });
  afterEach(async () => {
    await stopTracing();
  });
  const resource = (key: string) => exporter.getFinishedSpans().map((s) => [s.name, s.resource.attributes[key] ?? null]);

  it("is off without an exporter: no SDK, no tracer, work runs as is", async () => {
    expect(await startTracing({ exporters: [], protocol: "http/json", serviceName: null }, { services: "one" })).toBe(false);
    expect(tracingEnabled()).toBe(false);
    expect(tracerFor("gateway")).toBeNull();
    expect(await inSpan("gateway", "nothing", {}, async (span) => span)).toBeNull();
  });

  it("names a process's one service by OTEL_SERVICE_NAME", async () => {
    expect(await startTracing({ exporters: ["otlp"], protocol: "http/json", serviceName: "dovetail-gateway-eu" }, { services: "one", exporter })).toBe(true);
    await inSpan("gateway", "probe", {}, async () => undefined);
    await flushTracing();
    expect(resource("service.name")).toEqual([["probe", "dovetail-gateway-eu"]]);
  });

  it("keeps each service's own name when one process runs several (OTEL_SERVICE_NAME becomes the namespace), in one trace", async () => {
    await startTracing({ exporters: ["otlp"], protocol: "http/json", serviceName: "dovetail" }, { services: "many", exporter });
    await inSpan("gateway", "outer", {}, () => inSpan("cases", "inner", {}, async () => undefined));
    await flushTracing();
    expect(resource("service.name")).toEqual([
      ["inner", "cases"],
      ["outer", "gateway"],
    ]);
    expect(resource("service.namespace")).toEqual([
      ["inner", "dovetail"],
      ["outer", "dovetail"],
    ]);
    const [inner, outer] = exporter.getFinishedSpans();
    expect(inner!.spanContext().traceId).toBe(outer!.spanContext().traceId);
    expect(inner!.parentSpanContext?.spanId).toBe(outer!.spanContext().spanId);
  });
});
