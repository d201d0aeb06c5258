// What the screenshot scripts share: where to look and write, Chromium, signing in as a persona
// on the development provider's page, and failing when a page logs an error.
//
// Uses Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) through playwright-core.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

/**
 * @typedef {{ context: import("playwright-core").BrowserContext, page: import("playwright-core").Page }} Desk
 * @typedef {{ base: string, out: string, args: string[], desk: (persona: string, to: string, height?: number) => Promise<Desk> }} Session
 */

/**
 * Runs `work` with the platform's address (argv[2], default http://127.0.0.1:4000), the output
 * folder (argv[3], default docs/screenshots) and the arguments after them; exits 1 when any page
 * logged an error.
 * @param {(session: Session) => Promise<void>} work
 */
export async function screenshots(work) {
  const base = (process.argv[2] ?? "http://127.0.0.1:4000").replace(/\/$/, "");
  const out = path.resolve(process.argv[3] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "../../docs/screenshots"));
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
  /** @type {string[]} */
  const problems = [];
  /** A desk signed in as the persona, at the path given. */
  const desk = async (/** @type {string} */ persona, /** @type {string} */ to, height = 1000) => {
    const context = await browser.newContext({ viewport: { width: 1280, height }, locale: "en-GB" });
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${base}${to}`);
    await page.getByRole("button", { name: /^Sign in/ }).first().click();
    await page.locator(`button[data-persona="${persona}"]`).click();
    await page.getByRole("button", { name: /sign out/i }).waitFor();
    return { context, page };
  };
  try {
    await work({ base, out, args: process.argv.slice(4), desk });
    console.log(`screenshots in ${out}`);
  } finally {
    await browser.close();
  }
  if (problems.length > 0) {
    console.error(`console errors:\n${problems.join("\n")}`);
    process.exit(1);
  }
}
