import fs from "node:fs";

/**
 * Preloaded into each process of the benchmark (`node --require .../memory-probe.js`) when the
 * soak runs: writes the process's memory figures to BENCH_MEMORY_FILE every second, so the soak
 * reads heap used as well as RSS without anything in the platform's own code.
 */
const file = process.env.BENCH_MEMORY_FILE;
if (file) {
  const write = () => {
    const m = process.memoryUsage();
    const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
    try {
      fs.writeFileSync(file, JSON.stringify({ at: Date.now(), rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external), arrayBuffersMb: mb(m.arrayBuffers) }));
    } catch {
      // The soak reads what it can; a missed second is no harm.
    }
  };
  write();
  setInterval(write, 1_000).unref();
}
