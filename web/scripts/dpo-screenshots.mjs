// The data protection officer's pages for the README (docs/screenshots/): a chair opens a case
// first, so the trail has that view's records; then the DPO's disclosure trail, searched by that
// chair, and the chain status verified. Run it against a started platform (`npm start`):
//
//   node web/scripts/dpo-screenshots.mjs [http://127.0.0.1:4000] [output directory]
import path from "node:path";
import { screenshots } from "./screenshot-kit.mjs";

await screenshots(async ({ base, out, desk }) => {
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
});
