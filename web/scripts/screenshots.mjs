// Signs in as the Kirklees Channel Chair through the development provider, states a purpose, opens
// the caseload and a case at panel, and saves screenshots of both (docs/screenshots/). Run it
// against a started platform (`npm start`):
//
//   node web/scripts/screenshots.mjs [http://127.0.0.1:4000] [output directory]
import path from "node:path";
import { screenshots } from "./screenshot-kit.mjs";

await screenshots(async ({ out, desk }) => {
  const { page } = await desk("kirklees-channel-chair", "/", 900);
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
});
