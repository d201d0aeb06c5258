import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * `npm run lint` (eslint.config.mjs): what it reports, checked through ESLint's own API in a child
 * process (ESLint loads its ESM configuration with a native import(), which jest's module registry
 * cannot do).
 */

const ROOT = path.resolve(__dirname, "../..");

interface Sample {
  file: string;
  code: string;
}
interface Linted {
  file: string;
  messages: { ruleId: string | null; message: string }[];
  output: string;
}
interface FileConfig {
  file: string;
  rules: Record<string, unknown[]>;
  parserOptions: Record<string, unknown>;
}

const RUNNER = `
import { ESLint } from "eslint";
const { samples, configs } = JSON.parse(await new Promise((resolve) => {
  let text = "";
  process.stdin.on("data", (d) => (text += d)).on("end", () => resolve(text));
}));
const lint = new ESLint({ cwd: process.cwd() });
const fix = new ESLint({ cwd: process.cwd(), fix: true });
const linted = [];
for (const { file, code } of samples) {
  const [result] = await lint.lintText(code, { filePath: file });
  const [fixed] = await fix.lintText(code, { filePath: file });
  linted.push({ file, messages: result.messages.map(({ ruleId, message }) => ({ ruleId, message })), output: fixed.output ?? code });
}
const calculated = [];
for (const file of configs) {
  const config = await lint.calculateConfigForFile(file);
  const rules = Object.fromEntries(Object.entries(config.rules).map(([name, value]) => [name, Array.isArray(value) ? value : [value]]));
  const { parser: _parser, ...parserOptions } = config.languageOptions.parserOptions ?? {};
  calculated.push({ file, rules, parserOptions });
}
process.stdout.write(JSON.stringify({ linted, calculated }));
`;

function runEslint(samples: Sample[], configs: string[] = []): { linted: Linted[]; calculated: FileConfig[] } {
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", RUNNER], {
    cwd: ROOT,
    input: JSON.stringify({ samples, configs }),
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`eslint failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout) as { linted: Linted[]; calculated: FileConfig[] };
}

const rulesOf = (linted: Linted) => linted.messages.map((m) => m.ruleId);

describe("the lint (eslint.config.mjs)", () => {
  let result: { linted: Linted[]; calculated: FileConfig[] };
  const byFile = (file: string): Linted => result.linted.find((l) => l.file === file)!;
  const configOf = (file: string): FileConfig => result.calculated.find((c) => c.file === file)!;

  beforeAll(() => {
    result = runEslint(
      [
        {
          file: "common/lint-sample.mjs",
          code: [
            'import fs from "fs";',
            'import { join } from "node:path";',
            'export * from "events";',
            'const cp = require("child_process");',
            'jest.mock("os");',
            'const load = () => import("fs/promises");',
            'const test = require("test");',
            "export { fs, join, cp, load, test };",
            "",
          ].join("\n"),
        },
        { file: "common/lint-dev-dependency.mjs", code: 'import { useState } from "react";\nimport pg from "pg";\nexport { useState, pg };\n' },
        { file: "common/lint-undeclared.mjs", code: 'import semver from "semver";\nexport { semver };\n' },
        { file: "tests/unit/lint-dev-dependency.mjs", code: 'import { useState } from "react";\nexport { useState };\n' },
        { file: "web/src/lint-dev-dependency.mjs", code: 'import { useState } from "react";\nexport { useState };\n' },
        // Type-aware samples are linted as the text of an existing file of the server's program.
        {
          file: "tests/unit/lint-config.test.ts",
          code: [
            'import { Field, ObjectType } from "type-graphql";',
            'import { AgencyRef } from "../../subgraphs/cases/entities/agency.ref";',
            "",
            "@ObjectType()",
            "export class Sample {",
            "  @Field(() => String)",
            "  agency: AgencyRef;",
            "}",
            "",
          ].join("\n"),
        },
        {
          file: "tests/unit/seed.test.ts",
          code: [
            'import { AgencyRef } from "../../subgraphs/cases/entities/agency.ref";',
            "",
            "async function save(): Promise<void> {}",
            "export function sample(agency: AgencyRef, kind: \"a\" | \"b\"): string {",
            "  save();",
            "  switch (kind) {",
            '    case "a":',
            '      return "a";',
            "  }",
            "  return String(agency);",
            "}",
            "",
          ].join("\n"),
        },
        { file: "bench/src/lint-sample.mjs", code: 'import autocannon from "autocannon";\nimport pg from "pg";\nimport { useState } from "react";\nexport { autocannon, pg, useState };\n' },
      ],
      ["common/http.ts", "subgraphs/cases/entities/case.entity.ts", "web/src/main.tsx", "web/vite.config.mts", "bench/src/run.ts", "tests/unit/seed.test.ts"],
    );
  }, 60_000);

  it("names Node's built-in modules with node: in imports, exports, require, import() and jest.mock, and fixes them", () => {
    const sample = byFile("common/lint-sample.mjs");
    expect(sample.messages.filter((m) => m.ruleId === "local/node-protocol").map((m) => m.message)).toEqual([
      "Import Node's `fs` as `node:fs`.",
      "Import Node's `events` as `node:events`.",
      "Import Node's `child_process` as `node:child_process`.",
      "Import Node's `os` as `node:os`.",
      "Import Node's `fs/promises` as `node:fs/promises`.",
    ]);
    // `test` is not a built-in without the scheme (node:test is), so it is a package name.
    expect(sample.output).toContain('import fs from "node:fs";');
    expect(sample.output).toContain('export * from "node:events";');
    expect(sample.output).toContain('require("node:child_process")');
    expect(sample.output).toContain('jest.mock("node:os")');
    expect(sample.output).toContain('import("node:fs/promises")');
    expect(sample.output).toContain('require("test")');
  });

  it("accepts only declared dependencies: devDependencies in tests and the web app, not in the server", () => {
    expect(byFile("common/lint-dev-dependency.mjs").messages).toEqual([
      { ruleId: "import-x/no-extraneous-dependencies", message: expect.stringContaining("'react' should be listed in the project's dependencies, not devDependencies") },
    ]);
    expect(rulesOf(byFile("common/lint-undeclared.mjs"))).toEqual(["import-x/no-extraneous-dependencies"]);
    expect(byFile("tests/unit/lint-dev-dependency.mjs").messages).toEqual([]);
    expect(byFile("web/src/lint-dev-dependency.mjs").messages).toEqual([]);
  });

  it("lets the bench use its own package.json beside the platform's dependencies, not the devDependencies", () => {
    expect(byFile("bench/src/lint-sample.mjs").messages).toEqual([
      { ruleId: "import-x/no-extraneous-dependencies", message: expect.stringContaining("'react' should be listed in the project's dependencies, not devDependencies") },
    ]);
  });

  it("reports floating promises, switches that miss a case and type-only imports, and fixes the imports", () => {
    const sample = byFile("tests/unit/seed.test.ts");
    expect(rulesOf(sample)).toEqual(["@typescript-eslint/consistent-type-imports", "@typescript-eslint/no-floating-promises", "@typescript-eslint/switch-exhaustiveness-check"]);
    expect(sample.output).toContain('import type { AgencyRef } from "../../subgraphs/cases/entities/agency.ref";');
  });

  it("keeps an import a decorated member's type needs at run time (decorator metadata)", () => {
    expect(byFile("tests/unit/lint-config.test.ts").messages).toEqual([]);
  });

  it("checks every TypeScript program with the type-aware rules", () => {
    for (const file of ["common/http.ts", "subgraphs/cases/entities/case.entity.ts", "web/src/main.tsx", "web/vite.config.mts", "bench/src/run.ts", "tests/unit/seed.test.ts"]) {
      const { rules, parserOptions } = configOf(file);
      for (const rule of ["no-floating-promises", "no-misused-promises", "switch-exhaustiveness-check", "consistent-type-imports", "no-import-type-side-effects"]) {
        expect([file, rule, rules[`@typescript-eslint/${rule}`]?.[0]]).toEqual([file, rule, 2]);
      }
      expect([file, rules["local/node-protocol"]?.[0], rules["import-x/no-extraneous-dependencies"]?.[0]]).toEqual([file, 2, 2]);
      expect([file, Boolean(parserOptions.projectService || parserOptions.project)]).toEqual([file, true]);
    }
  });

  it("keeps the classes decorator metadata needs: the server's files lint with legacy decorators and emitted metadata", () => {
    for (const file of ["common/http.ts", "subgraphs/cases/entities/case.entity.ts", "bench/src/run.ts", "tests/unit/seed.test.ts"]) {
      expect([file, configOf(file).parserOptions]).toEqual([file, expect.objectContaining({ emitDecoratorMetadata: true, experimentalDecorators: true })]);
    }
  });
});
