import fs from "node:fs";
import type { Browser, Download, Page } from "playwright-core";
import { SUPPRESSED, VALUE_COLUMNS } from "../../common/statistics-csv";
import { fetchReport, parseReportArgs, toCsv, type Report, type ReportRow } from "../../platform/report";
import { postGraphQL, type TestPlatform } from "../fixtures/platform";
import { expectAccessible, launchBrowser, newDesk } from "./fixtures/browser";
import { signIn, startWebPlatform } from "./fixtures/web-platform";

/**
 * The Governance Board's pages in a real browser (issue 16): a board member reads a year's
 * statistics, sees `[c]` exactly where the API suppresses, and downloads the CSV, which must be the
 * API's numbers cell by cell and `npm run report`'s CSV byte for byte; a chair sees their own
 * authority unsuppressed and another authority refused in the platform's words; the rollout page.
 * axe-core on every page (0 serious or critical violations); no page logs an error.
 */

// The default world's cases are referred from April 2018 to 2021: a year with numbers and small cells.
const YEAR = "2019-20";

/** RFC 4180 cells of a CSV (quotes, doubled quotes, commas inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

interface Cell {
  value?: number | null;
  days?: number | null;
  suppressed: boolean;
}

const cellOf = (row: ReportRow, column: (typeof VALUE_COLUMNS)[number]): Cell => row[column] as Cell;

/** A downloaded cell against the API's value: `[c]` exactly when suppressed, else the number itself. */
function expectCell(got: string | undefined, want: Cell, where: string): void {
  if (want.suppressed) {
    expect({ where, got }).toEqual({ where, got: SUPPRESSED });
    return;
  }
  const n = want.value ?? want.days ?? null;
  if (n === null) expect({ where, got }).toEqual({ where, got: "[z]" });
  else expect({ where, got: Number(got) }).toEqual({ where, got: n });
}

/** The file a download link gives, as bytes. */
async function download(page: Page, testId: string): Promise<{ bytes: Buffer; name: string }> {
  const [file] = (await Promise.all([page.waitForEvent("download"), page.locator(`[data-testid="${testId}"]`).click()])) as [Download, unknown];
  const path = await file.path();
  return { bytes: fs.readFileSync(path), name: file.suggestedFilename() };
}

describe("the board's pages in Chromium", () => {
  let platform: TestPlatform;
  let browser: Browser;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startWebPlatform({ cases: 400 }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.shutdown();
  });

  const report = async (persona: string, args: string[]): Promise<Report> => fetchReport(platform.gatewayUrl, await platform.tokenFor(persona), parseReportArgs(["--period", YEAR, ...args]));
  const table = (page: Page, testId = "statistics-table") => page.locator(`[data-testid="${testId}"]`);

  it("a board member reads a year's statistics by region, sees [c] where the API suppresses, and downloads the API's numbers as npm run report prints them", async () => {
    const { context, page, problems } = await newDesk(browser);
    try {
      await signIn(page, platform.webUrl, "board-member", `/board/statistics?year=${YEAR}&by=REGION`);
      await table(page).waitFor();
      const api = await report("board-member", ["--by", "region"]);
      expect(api.disclosureControl).toBe("SUPPRESSED");
      expect(await page.locator('[data-testid="disclosure-control"]').getAttribute("data-control")).toBe("SUPPRESSED");

      // The table: every cell of every region and the total, [c] exactly where the API suppresses.
      let suppressed = 0;
      for (const row of [...api.rows, api.total]) {
        const member = row === api.total ? "Total" : (row.region as string);
        const cells = table(page).locator(`tr[data-member="${member}"] td`);
        expect(await cells.count()).toBe(VALUE_COLUMNS.length);
        for (const [i, column] of VALUE_COLUMNS.entries()) {
          const want = cellOf(row, column);
          const text = (await cells.nth(i).innerText()).trim();
          if (want.suppressed) {
            suppressed++;
            expect({ member, column, text }).toEqual({ member, column, text: SUPPRESSED });
          } else {
            expect({ member, column, text }).not.toEqual({ member, column, text: SUPPRESSED });
            if (i < 8) expect({ member, column, value: Number(text.replace(/,/g, "")) }).toEqual({ member, column, value: want.value });
          }
        }
      }
      expect(suppressed).toBeGreaterThan(0);

      // The chart draws no suppressed value and says so beside each member that has one.
      await page.locator(".recharts-surface").first().waitFor();
      const charted = ["referrals", "discussedAtPanel", "adoptedAsChannelCase"] as const;
      const withSuppressed = api.rows.filter((row) => charted.some((m) => cellOf(row, m).suppressed)).length;
      expect(await page.locator("section[aria-labelledby=breakdown-title] .recharts-yAxis-tick-labels tspan", { hasText: "[c] suppressed" }).count()).toBe(withSuppressed);
      await expectAccessible(page, "statistics by region");

      // The download: the API's numbers cell by cell, and npm run report's CSV byte for byte.
      const { bytes, name } = await download(page, "download-breakdown");
      expect(name).toBe(`prevent-statistics-${YEAR}-by-region.csv`);
      expect(bytes.equals(Buffer.from(toCsv(api), "utf8"))).toBe(true);
      const csv = parseCsv(bytes.toString("utf8"));
      expect(csv[0]).toEqual(["region", ...VALUE_COLUMNS]);
      expect(csv).toHaveLength(1 + api.rows.length + 2);
      [...api.rows, api.total].forEach((row, r) => {
        const line = csv[r + 1]!;
        expect(line[0]).toBe(row === api.total ? "Total" : row.region);
        VALUE_COLUMNS.forEach((column, c) => expectCell(line[c + 1], cellOf(row, column), `${line[0]} ${column}`));
      });
      const notes = csv.at(-1)!;
      expect(notes[0]).toBe("Notes");
      expect(notes[1]).toContain(`Period ${YEAR} (2019-04-01 to 2020-03-31)`);
      expect(notes[1]).toContain("suppression threshold 5");
      expect(notes).toHaveLength(csv[0]!.length);

      // The total's download is `npm run report -- --period 2019-20` (no breakdown), byte for byte.
      const total = await download(page, "download-funnel");
      expect(total.bytes.toString("utf8")).toBe(toCsv(await report("board-member", [])));

      // Year on year: each year's total as the API gives it, [c] where it suppresses.
      await page.locator('[data-testid="download-trend"]').waitFor({ timeout: 60_000 });
      const years = await page.locator('[data-testid="trend-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-period")!));
      expect(years[0]).toBe("2018-19");
      for (const period of years.slice(0, 4)) {
        const yearly = await fetchReport(platform.gatewayUrl, await platform.tokenFor("board-member"), parseReportArgs(["--period", period]));
        const cells = page.locator(`[data-testid="trend-table"] tr[data-period="${period}"] td`);
        for (const [i, measure] of (["referrals", "discussedAtPanel", "adoptedAsChannelCase"] as const).entries()) {
          const want = cellOf(yearly.total, measure);
          expect({ period, measure, text: await cells.nth(i).innerText() }).toEqual({ period, measure, text: want.suppressed ? SUPPRESSED : String(want.value) });
        }
      }
      await expectAccessible(page, "statistics, year on year loaded");

      // A breakdown of the 2024/25 release, and a quarter.
      await page.getByLabel("Broken down by", { exact: true }).selectOption("ETHNICITY");
      await page.getByLabel("Period", { exact: true }).selectOption("Q3");
      await page.locator('[data-testid="show-statistics"]').click();
      await page.waitForURL(/by=ETHNICITY/);
      await table(page).locator('tr[data-member="WHITE"]').waitFor();
      const quarter = await fetchReport(platform.gatewayUrl, await platform.tokenFor("board-member"), parseReportArgs(["--period", `${YEAR} Q3`, "--by", "ethnicity"]));
      for (const row of quarter.rows) {
        const text = await table(page).locator(`tr[data-member="${row.ethnicity as string}"] td[data-measure="referrals"]`).innerText();
        expect({ ethnicity: row.ethnicity, text }).toEqual({ ethnicity: row.ethnicity, text: row.referrals.suppressed ? SUPPRESSED : String(row.referrals.value) });
      }
      const quarterly = await download(page, "download-breakdown");
      expect(quarterly.bytes.toString("utf8")).toBe(toCsv(quarter));
      await expectAccessible(page, "statistics by ethnicity, a quarter");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a chair sees their own authority unsuppressed, and another authority refused in the platform's words", async () => {
    const { context, page, problems } = await newDesk(browser);
    try {
      // A chair's page opens on their own authority.
      await signIn(page, platform.webUrl, "kirklees-channel-chair", `/board/statistics?year=${YEAR}&by=TYPE_OF_CONCERN`);
      await table(page).waitFor();
      expect(await page.locator('[data-testid="disclosure-control"]').getAttribute("data-control")).toBe("OWN_AUTHORITY");
      const own = await report("kirklees-channel-chair", ["--by", "typeOfConcern", "--filter", "localAuthorityId=kirklees"]);
      expect(own.disclosureControl).toBe("OWN_AUTHORITY");
      expect(await table(page).getByText(SUPPRESSED, { exact: true }).count()).toBe(0);
      for (const row of [...own.rows, own.total]) {
        const member = row === own.total ? "Total" : (row.typeOfConcern as string);
        const text = await table(page).locator(`tr[data-member="${member}"] td[data-measure="referrals"]`).innerText();
        expect({ member, text }).toEqual({ member, text: String(row.referrals.value) });
      }
      // Small numbers included: the chair's own figures are not suppressed.
      expect([...own.rows, own.total].some((row) => row.referrals.value! > 0 && row.referrals.value! < 5)).toBe(true);
      await expectAccessible(page, "chair's own statistics");
      const { bytes } = await download(page, "download-breakdown");
      expect(bytes.toString("utf8")).toBe(toCsv(own, { localAuthorityId: "kirklees" }));
      expect(bytes.toString("utf8")).toContain("Not suppressed: your own authority's cases");

      // Another authority: the platform refuses, and the page says so in its words.
      await page.getByLabel("Area", { exact: true }).selectOption("la:oldham");
      await page.locator('[data-testid="show-statistics"]').click();
      const refused = page.locator('[data-testid="statistics-refused"]');
      await refused.waitFor();
      const api = await postGraphQL(
        platform.gatewayUrl,
        `query R($period: String!) { preventStatistics(period: $period, by: [TYPE_OF_CONCERN], filter: { localAuthorityId: "oldham" }) { period } }`,
        { period: YEAR },
        await platform.as("kirklees-channel-chair", null),
      );
      const error = api.body.errors?.[0];
      expect(error?.extensions?.code).toBe("FORBIDDEN");
      expect(await refused.getAttribute("data-error-code")).toBe("FORBIDDEN");
      expect(await refused.innerText()).toContain(error!.message);
      expect(await refused.locator("[data-request-id]").count()).toBe(1);
      expect(await table(page).count()).toBe(0);
      await expectAccessible(page, "another authority, refused");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the rollout page shows the phases, the board's decisions, the reviews and self-assessments, as a timeline and tables", async () => {
    const { context, page, problems } = await newDesk(browser);
    try {
      await signIn(page, platform.webUrl, "board-member", "/board/rollout");
      await page.locator('[data-testid="rollout-timeline"]').waitFor();
      const api = await postGraphQL<{
        rolloutPhases: { id: string; name: string; endsOn: string | null; qualityAssuranceReviews: { id: string }[] }[];
        governanceBoards: { meetings: { decisions: { id: string; status: string }[] }[] }[];
        selfAssessments: { id: string }[];
      }>(
        platform.gatewayUrl,
        `{ rolloutPhases { id name endsOn qualityAssuranceReviews { id } } governanceBoards { meetings { decisions { id status } } } selfAssessments { id } }`,
        {},
        await platform.as("board-member", null),
      );
      const data = api.body.data!;
      expect(await page.locator('[data-testid="rollout-phases"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-phase-id")))).toEqual(data.rolloutPhases.map((p) => p.id));
      const decisions = data.governanceBoards.flatMap((b) => b.meetings.flatMap((m) => m.decisions));
      expect(decisions.length).toBeGreaterThan(0);
      for (const decision of decisions) {
        const status = { OPEN: "Open", COMPLETED: "Completed", CANCELLED: "Cancelled" }[decision.status];
        expect(await page.locator(`[data-decision-id="${decision.id}"] .govuk-tag`).innerText()).toBe(status);
      }
      const reviews = data.rolloutPhases.flatMap((p) => p.qualityAssuranceReviews).length;
      expect(await page.locator('[data-testid="qa-reviews"] tbody tr').count()).toBe(reviews);
      expect(await page.locator('[data-testid="self-assessments"] tbody tr').count()).toBe(data.selfAssessments.length);
      // Timeline: each phase's start and end, each meeting, review and self-assessment.
      const meetings = data.governanceBoards.flatMap((b) => b.meetings).length;
      const phaseEvents = data.rolloutPhases.reduce((n, p) => n + (p.endsOn ? 2 : 1), 0);
      expect(await page.locator('[data-testid="rollout-timeline"] .moj-timeline__item').count()).toBe(phaseEvents + meetings + reviews + data.selfAssessments.length);
      await expectAccessible(page, "rollout");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
