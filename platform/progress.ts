import type { SeedProgress } from "../subgraphs/kit/subgraph";

/** Seed progress on one line per table, rewritten in place on a terminal. */
export function consoleProgress(stream: NodeJS.WriteStream = process.stdout): SeedProgress {
  let last = "";
  let lastPrinted = 0;
  return (table, done, total) => {
    const now = Date.now();
    if (table === last && done < total && now - lastPrinted < 250) return;
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    const line = `  seeding ${table.padEnd(28)} ${String(done).padStart(8)}/${total} (${pct}%)`;
    if (stream.isTTY) stream.write(`\r${line}${done === total ? "\n" : ""}`);
    else if (done === total) stream.write(`${line}\n`);
    last = table;
    lastPrinted = now;
  };
}
