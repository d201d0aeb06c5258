import path from "node:path";
import { describeWithService, skipReason, type SuiteRegistrar } from "../fixtures/databases";

// jest's reporter interface, loaded as jest loads it.
const SkipReporter = require("../fixtures/skip-reporter.js") as new (config: { rootDir: string }) => {
  onRunComplete(contexts: unknown, results: { testResults: { testFilePath: string; testResults: { status: string; title: string; ancestorTitles: string[] }[] }[] }): void;
};

/** Records what a database suite registers, running describe bodies as jest does while collecting. */
function recorder(): SuiteRegistrar & { registered: string[] } {
  const registered: string[] = [];
  return {
    registered,
    describe: (name, fn) => {
      registered.push(`describe ${name}`);
      fn();
    },
    skip: (name) => registered.push(`skip ${name}`),
  };
}

describe("database suites (tests/fixtures/databases.ts)", () => {
  it.each([
    ["postgres", "TEST_DATABASE_URL", "PostgreSQL"],
    ["redis", "TEST_REDIS_URL", "Redis"],
  ] as const)("without the %s variable, skip the suite with its reason and never run its body", (service, variable, name) => {
    const registrar = recorder();
    const body = suiteBody();
    for (const env of [{}, { [variable]: "  " }, { CI: "false" }]) describeWithService(service, "a suite", body.fn, registrar, env);
    expect(body.calls).toEqual([]);
    const reason = `skipped: ${variable} is not set (${name} suites run in CI)`;
    expect(skipReason(service)).toBe(reason);
    expect(registrar.registered).toEqual(Array.from({ length: 3 }, () => [`describe a suite`, `skip ${reason}`]).flat());
  });

  it("runs the suite with the URL, handing it to the body", () => {
    const registrar = recorder();
    const body = suiteBody();
    describeWithService("postgres", "a suite", body.fn, registrar, { TEST_DATABASE_URL: " postgres://db/test " });
    describeWithService("redis", "another", body.fn, registrar, { TEST_REDIS_URL: "redis://cache:6379", CI: "true" });
    expect(body.calls).toEqual(["postgres://db/test", "redis://cache:6379"]);
    expect(registrar.registered).toEqual(["describe a suite", "describe another"]);
  });

  it("fails in CI without the variable, never skips", () => {
    const registrar = recorder();
    const body = suiteBody();
    expect(() => describeWithService("postgres", "a suite", body.fn, registrar, { CI: "true" })).toThrow("TEST_DATABASE_URL is not set: in CI the PostgreSQL tests must run, not skip.");
    expect(() => describeWithService("redis", "a suite", body.fn, registrar, { CI: "true", TEST_DATABASE_URL: "postgres://db/test" })).toThrow(/TEST_REDIS_URL is not set/);
    expect(body.calls).toEqual([]);
    expect(registrar.registered).toEqual([]);
  });

  it("reports the skipped suites once per run, grouped by reason, and nothing when none was skipped", () => {
    const rootDir = "/repo";
    const test = (title: string, ancestorTitles: string[], status = "pending") => ({ title, ancestorTitles, status });
    const results = {
      testResults: [
        { testFilePath: path.join(rootDir, "tests/e2e/b.e2e.test.ts"), testResults: [test(skipReason("postgres"), ["outage"]), test("a skipped test of another kind", [])] },
        { testFilePath: path.join(rootDir, "tests/unit/a.test.ts"), testResults: [test(skipReason("postgres"), ["the same suites on postgres"]), test(skipReason("redis"), ["rate limits"])] },
        { testFilePath: path.join(rootDir, "tests/unit/c.test.ts"), testResults: [test("passes", [], "passed")] },
      ],
    };
    const write = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      new SkipReporter({ rootDir }).onRunComplete([], results);
      new SkipReporter({ rootDir }).onRunComplete([], { testResults: [results.testResults[2]!] });
      expect(write).toHaveBeenCalledTimes(1);
      expect(String(write.mock.calls[0]![0])).toBe(
        [
          "",
          "Suites skipped:",
          "  2 skipped because TEST_DATABASE_URL is not set (PostgreSQL suites run in CI):",
          "    - tests/e2e/b.e2e.test.ts › outage",
          "    - tests/unit/a.test.ts › the same suites on postgres",
          "  1 skipped because TEST_REDIS_URL is not set (Redis suites run in CI):",
          "    - tests/unit/a.test.ts › rate limits",
          "  To run the database suites: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test TEST_REDIS_URL=redis://127.0.0.1:6379 npm test",
          "",
          "",
        ].join("\n"),
      );
    } finally {
      write.mockRestore();
    }
  });
});

/** A suite body that records the URL it was given. */
function suiteBody(): { fn: (url: string) => void; calls: string[] } {
  const calls: string[] = [];
  return { fn: (url) => calls.push(url), calls };
}
