import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * Structured logs (pino, one JSON object a line). What goes in is operational only: service,
 * request id, operation name, status, timing, error codes. Never a token, a variable, a
 * response body or a database parameter: those carry personal data. Errors are reduced to
 * their type, message and code.
 */
export interface LoggingOptions {
  level: pino.LevelWithSilent;
  /** Append to this file instead of stdout. */
  file?: string | null;
}

const REDACT = ["authorization", "*.authorization", "headers.authorization", "token", "*.token", "variables", "*.variables"];

function errorSerializer(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const out: Record<string, unknown> = { type: err.name, message: err.message };
  const code = (err as { code?: unknown; extensions?: { code?: unknown } }).code ?? (err as { extensions?: { code?: unknown } }).extensions?.code;
  if (code !== undefined) out.code = code;
  // Database errors carry the statement and its parameters (`query`, `parameters`, `detail`): left out.
  if (err.stack) out.stack = err.stack.split("\n").slice(0, 8).join("\n");
  return out;
}

function build(options: LoggingOptions, destination?: DestinationStream): Logger {
  const stream = destination ?? (options.file ? pino.destination({ dest: options.file, append: true, sync: true, mkdir: true }) : pino.destination({ dest: 1, sync: false }));
  return pino(
    {
      level: options.level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: "[redacted]" },
      serializers: { err: errorSerializer },
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
}

let root: Logger = build({ level: "info" });
const children = new Map<string, Logger>();

/** Sets where and how much every service logs (entry points call it once with the parsed config). */
export function configureLogging(options: LoggingOptions, destination?: DestinationStream): Logger {
  root = build(options, destination);
  children.clear();
  return root;
}

function child(service: string): Logger {
  let logger = children.get(service);
  if (!logger) children.set(service, (logger = root.child({ service })));
  return logger;
}

/**
 * The logger of one service (`gateway`, `cases`, ...). Modules take it when loaded, before the
 * entry point has read the configuration: it follows whatever `configureLogging` set last.
 */
export function serviceLogger(service: string): Logger {
  return new Proxy({} as Logger, {
    get(_target, property) {
      const logger = child(service);
      const value = (logger as unknown as Record<PropertyKey, unknown>)[property];
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(logger) : value;
    },
  });
}

export function rootLogger(): Logger {
  return root;
}
