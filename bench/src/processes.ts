import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** A service the benchmark started in its own process, with its output in a log file. */
export interface Service {
  name: string;
  child: ChildProcess;
  /** Base URL (no path). */
  base: string;
  /** Resident memory of the process now, in MB (from /proc; null where there is none). */
  rssMb(): number | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  name: string;
  entry: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  base: string;
  /** Path answered 200 once the service can take requests. */
  readyPath: string;
  logDir: string;
  nodeArgs?: string[];
}

/** Starts `node entry` and waits until `readyPath` answers 200 (or the process dies). */
export async function startService(options: StartOptions): Promise<Service> {
  // Something else on the port would answer for the service (and its figures would be that of another process).
  const taken = await fetch(`${options.base}${options.readyPath}`, { signal: AbortSignal.timeout(1_000) }).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`${options.base} already answers: stop whatever listens there before benchmarking ${options.name}`);
  fs.mkdirSync(options.logDir, { recursive: true });
  const log = fs.openSync(path.join(options.logDir, `${options.name}.log`), "w");
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.entry, ...(options.args ?? [])], {
    env: options.env,
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  let exited: string | null = null;
  child.once("exit", (code, signal) => (exited = `exited (${code ?? signal})`));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`${options.name} ${exited} before it was ready: see ${path.join(options.logDir, `${options.name}.log`)}`);
    if (Date.now() > deadline) throw new Error(`${options.name} was not ready within 120 s`);
    try {
      const res = await fetch(`${options.base}${options.readyPath}`, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    name: options.name,
    child,
    base: options.base,
    rssMb: () => rssMbOf(child.pid),
    stop: () => stopChild(child),
  };
}

export function rssMbOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round((kb / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) the process has used so far, in ms (from /proc; null where there is none). */
export function cpuMsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Runs `node entry args` to completion with its output shown; rejects on a non-zero exit. */
export function runToCompletion(entry: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { env, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(entry)} ${args.join(" ")} exited with ${code}`))));
  });
}
