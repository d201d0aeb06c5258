import type { SeedProgress } from "../subgraphs/kit/subgraph";

/** Seed progress on one line per table, rewritten in place on a terminal. */
export function consoleProgress(stream: NodeJS.WriteStream = process.stdout): SeedProgress {
  let last = "";
  let lastPrinted = 0;
  return (table, done, total) => {
    const now = Date.now();
    // Rewrite in place on a terminal; in a log, one line every few seconds at most.
    const interval = stream.isTTY ? 250 : 3000;
    if (table === last && done < total && now - lastPrinted < interval) return;
    if (!stream.isTTY && table !== last && done < total) {
      last = table;
      lastPrinted = now;
      return;
    }
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    const line = `  seeding ${table.padEnd(28)} ${String(done).padStart(8)}/${total} (${pct}%)`;
    if (stream.isTTY) stream.write(`\r${line}${done === total ? "\n" : ""}`);
    else stream.write(`${line}\n`);
    last = table;
    lastPrinted = now;
  };
}
