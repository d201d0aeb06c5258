// The data protection officer's pages for the README (docs/screenshots/): a chair opens a case
// first, so the trail has that view's records; then the DPO's disclosure trail, searched by that
// chair, and the chain status verified. Run it against a started platform (`npm start`):
//
//   node web/scripts/dpo-screenshots.mjs [http://127.0.0.1:4000] [output directory]
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

/**
 * A desk signed in as the persona, at the path given.
 * @param {string} persona
 * @param {string} to
 * @param {number} [height]
 */
async function desk(persona, to, height = 1000) {
  const context = await browser.newContext({ viewport: { width: 1280, height }, locale: "en-GB" });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${base}${to}`);
  await page.getByRole("button", { name: /^Sign in/ }).first().click();
  await page.locator(`button[data-persona="${persona}"]`).click();
  await page.getByRole("button", { name: /sign out/i }).waitFor();
  return { context, page };
}

try {
  const chair = await desk("kirklees-channel-chair", "/cases");
  await chair.page.getByRole("heading", { name: "Why do you need this information?" }).waitFor();
  await chair.page.getByLabel("Panel preparation").check();
  await chair.page.getByRole("button", { name: "Continue" }).click();
  await chair.page.locator('[data-testid="caseload-table"] tbody tr a').first().click();
  await chair.page.locator('[data-testid="case-reference"]').waitFor();
  await chair.page.waitForLoadState("networkidle");
  await chair.context.close();

  const dpo = await desk("dpo-auditor", "/dpo/disclosures?user=kirklees-channel-chair", 1400);
  await dpo.page.locator('[data-testid="disclosure"]').first().waitFor();
  // Focus moves to the heading on each page: no focus ring in the picture.
  await dpo.page.mouse.click(4, 600);
  await dpo.page.screenshot({ path: path.join(out, "disclosure-trail.png"), fullPage: false });

  await dpo.page.goto(`${base}/dpo/chain`);
  await dpo.page.locator('[data-testid="verify-chains"]').click();
  await dpo.page.locator('[data-testid="chain-table"]').waitFor({ timeout: 60_000 });
  await dpo.page.mouse.click(4, 600);
  await dpo.page.screenshot({ path: path.join(out, "chain-status.png"), fullPage: false });
  await dpo.context.close();
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(`console errors:\n${problems.join("\n")}`);
  process.exit(1);
}
