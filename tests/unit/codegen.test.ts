import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { OperationManifest } from "../../gateway/safelist";

const ROOT = path.resolve(__dirname, "../..");

describe("typed clients (npm run codegen)", () => {
  it("are up to date: generating again changes nothing", async () => {
    // In a child process: the codegen loads ES modules, which jest's module runtime cannot.
    const script = `
      const { generate, loadCodegenConfig } = require("@graphql-codegen/cli");
      (async () => {
        const { config } = await loadCodegenConfig({ configFilePath: "codegen.yml" });
        const outputs = await generate({ ...config, cwd: process.cwd(), silent: true }, false);
        process.stdout.write(JSON.stringify(outputs.map((o) => ({ filename: o.filename, content: o.content }))));
      })().catch((err) => { console.error(err); process.exit(1); });`;
    const outputs = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThanOrEqual(4);
    const stale = outputs.filter((o) => {
      const file = path.resolve(ROOT, o.filename);
      return !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== o.content;
    });
    expect(stale.map((o) => `${o.filename} is stale: run npm run codegen`)).toEqual([]);
  }, 60_000);

  it("write a manifest of every operation, each id the sha256 of its text", () => {
    const manifestFile = path.join(ROOT, "clients/generated/persisted-documents.json");
    const manifest = OperationManifest.load(manifestFile);
    const operations = fs.readdirSync(path.join(ROOT, "clients/operations")).filter((f) => f.endsWith(".graphql"));
    const web = JSON.parse(fs.readFileSync(path.join(ROOT, "web/src/generated/persisted-documents.json"), "utf8")) as Record<string, string>;
    expect(manifest.size).toBe(operations.length + Object.keys(web).length);
    expect(operations.length).toBeGreaterThanOrEqual(7);
  });

  it("safelist every operation the web app sends, under the id it sends", () => {
    const manifest = OperationManifest.load(path.join(ROOT, "clients/generated/persisted-documents.json"));
    const sent = JSON.parse(fs.readFileSync(path.join(ROOT, "web/src/generated/persisted-documents.json"), "utf8")) as Record<string, string>;
    // Each id checked against its text, as the gateway checks its own manifest.
    expect(OperationManifest.fromJson(sent, "web").size).toBeGreaterThanOrEqual(20);
    for (const [id, operation] of Object.entries(sent)) expect(manifest.get(id)).toBe(operation);
  });
});
