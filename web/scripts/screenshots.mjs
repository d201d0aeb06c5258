// Signs in as the Kirklees Channel Chair through the development provider, states a purpose, opens
// the caseload and a case at panel, and saves screenshots of both (docs/screenshots/). Run it
// against a started platform (`npm start`):
//
//   node web/scripts/screenshots.mjs [http://127.0.0.1:4000] [output directory]
//
// Uses Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) through playwright-core.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const base = (process.argv[2] ?? "http://127.0.0.1:4000").replace(/\/$/, "");
const out = path.resolve(process.argv[3] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "../../docs/screenshots"));
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
});
/** @type {string[]} */
const problems = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));

  await page.goto(`${base}/`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator('button[data-persona="kirklees-channel-chair"]').click();
  await page.getByRole("heading", { name: "Why do you need this information?" }).waitFor();
  await page.getByLabel("Panel preparation").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.locator('[data-testid="caseload-table"] tbody tr').first().waitFor();
  await page.screenshot({ path: path.join(out, "caseload.png"), fullPage: false });

  await page.locator('a[data-stage="PANEL"]').click();
  await page.locator('[data-testid="caseload-table"] tbody tr').first().waitFor();
  await page.locator('[data-testid="caseload-table"] tbody tr a').first().click();
  await page.locator('[data-testid="case-reference"]').waitFor();
  await page.locator('[data-testid="vaf"]').waitFor();
  await page.screenshot({ path: path.join(out, "case.png"), fullPage: false });
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(`console errors:\n${problems.join("\n")}`);
  process.exit(1);
}
