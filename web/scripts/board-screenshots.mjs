// Signs in as the board member through the development provider and saves screenshots of the
// board's pages (docs/screenshots/statistics.png, statistics-trend.png, rollout.png). Run it against a
// started platform (`npm start`; the README's were taken on the 100,000-case PostgreSQL data set):
//
//   node web/scripts/board-screenshots.mjs [http://127.0.0.1:4000] [output directory] [statistics query]
//
// The statistics query defaults to a quarter by ethnicity in one region, where small cells show [c].
import path from "node:path";
import { screenshots } from "./screenshot-kit.mjs";

/**
 * In the page: no focus ring on the heading the app focused, and the element scrolled to the top.
 * @param {string | null} selector
 */
function blurAndScrollTo(selector) {
  const doc = /** @type {any} */ (globalThis).document;
  doc.activeElement?.blur?.();
  if (selector) doc.querySelector(selector)?.scrollIntoView();
}

await screenshots(async ({ base, out, args, desk }) => {
  const query = args[0] ?? "year=2019-20&quarter=Q2&by=ETHNICITY&area=region:SOUTH_EAST";
  const { page } = await desk("board-member", `/board/statistics?${query}`, 1500);
  // Every chart drawn and the year-on-year line complete (a cold year is computed first).
  await page.locator('[data-testid="download-trend"]').waitFor({ timeout: 600_000 });
  await page.locator(".recharts-surface").nth(2).waitFor();
  await page.evaluate(blurAndScrollTo, null);
  // From the choice of period to the breakdown's table, then the funnel and the year-on-year line.
  await page.evaluate(blurAndScrollTo, "main h1");
  await page.screenshot({ path: path.join(out, "statistics.png"), fullPage: false });
  await page.evaluate(blurAndScrollTo, "#funnel-title");
  await page.screenshot({ path: path.join(out, "statistics-trend.png"), fullPage: false });

  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto(`${base}/board/rollout`);
  await page.locator('[data-testid="rollout-timeline"]').waitFor();
  await page.evaluate(blurAndScrollTo, null);
  await page.screenshot({ path: path.join(out, "rollout.png"), fullPage: false });
});
