import fs from "node:fs";
import type { Browser, Page, Response } from "playwright-core";
import { assembleSubjectAccess, gatewayPoster } from "../../platform/sar";
import type { SubjectAccessReport } from "../../common/subject-access";
import { postGraphQL, type TestPlatform } from "../fixtures/platform";
import { expectAccessible, launchBrowser, newDesk } from "./fixtures/browser";
import { signIn, startWebPlatform, statePurpose } from "./fixtures/web-platform";

/**
 * The data protection officer's desk in a real browser (issue 16): a chair views a case; the DPO
 * finds the disclosures that view caused (the same request ids), assembles and downloads the
 * person's subject access report (checked against `npm run sar`'s assembly), and verifies the
 * chains; a chair opening any DPO page sees the platform's refusal. axe-core on every DPO page.
 */
describe("the data protection officer's pages in Chromium", () => {
  let platform: TestPlatform;
  let browser: Browser;
  const CHAIR = "oldham-channel-chair";

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startWebPlatform({ cases: 400 }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.shutdown();
  });


  /** The request ids of the app's GraphQL requests while `work` runs, as the gateway answered them. */
  async function requestIdsDuring(page: Page, work: () => Promise<void>): Promise<string[]> {
    const ids: string[] = [];
    const seen = (response: Response) => {
      if (new URL(response.url()).pathname !== "/graphql") return;
      const id = response.headers()["x-request-id"];
      if (id) ids.push(id);
    };
    page.on("response", seen);
    try {
      await work();
      await page.waitForLoadState("networkidle");
    } finally {
      page.off("response", seen);
    }
    return ids;
  }

  interface TrailNode {
    id: string;
    requestId: string;
    subgraph: string;
    userId: string;
  }

  /** What the API says the chair's requests disclosed about the subject (the oracle for the page). */
  async function recordsOf(requestIds: readonly string[], subjectId: string): Promise<TrailNode[]> {
    const res = await postGraphQL<{ disclosures: { edges: { node: TrailNode }[] } }>(
      platform.gatewayUrl,
      "query($f: DisclosureFilter) { disclosures(filter: $f, first: 100) { edges { node { id requestId subgraph userId } } } }",
      { f: { subjectId, userId: CHAIR } },
      await platform.as("dpo-auditor", null),
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.disclosures.edges.map((e) => e.node).filter((n) => requestIds.includes(n.requestId));
  }

  it("a chair views a case; the DPO finds the disclosures it caused, downloads the subject access report and sees every chain intact", async () => {
    const chair = await newDesk(browser);
    let caseId: string;
    let viewIds: string[];
    try {
      await signIn(chair.page, platform.webUrl, CHAIR, "/cases");
      await statePurpose(chair.page, "case review");
      const first = chair.page.locator('[data-testid="caseload-table"] tbody tr a').first();
      await first.waitFor();
      viewIds = await requestIdsDuring(chair.page, async () => {
        await first.click();
        await chair.page.locator('[data-testid="case-reference"]').waitFor();
      });
      caseId = decodeURIComponent(new URL(chair.page.url()).pathname.split("/")[2]!);
      expect(chair.problems).toEqual([]);
    } finally {
      await chair.context.close();
    }
    const kase = platform.world.cases.find((c) => c.id === caseId)!;
    expect(kase).toBeDefined();
    const subjectId = kase.subjectId;
    const caused = await recordsOf(viewIds, subjectId);
    // The case view disclosed the case (cases) and the person (people): each recorded under its request id.
    expect(new Set(caused.map((r) => r.subgraph))).toEqual(new Set(["cases", "people"]));

    const dpo = await newDesk(browser);
    try {
      // The trail: search by the chair and the subject.
      await signIn(dpo.page, platform.webUrl, "dpo-auditor", "/dpo/disclosures");
      await dpo.page.getByRole("heading", { name: "Disclosure trail", level: 1 }).waitFor();
      await dpo.page.locator('[data-testid="disclosure"]').first().waitFor();
      await expectAccessible(dpo.page, "disclosure trail");
      await dpo.page.getByLabel("Subject (person id)").fill(subjectId);
      await dpo.page.getByLabel("User", { exact: true }).fill(CHAIR);
      await dpo.page.locator('[data-testid="search-trail"]').click();
      await dpo.page.waitForURL(/user=oldham-channel-chair/);
      await dpo.page.locator('[data-testid="disclosure"]').first().waitFor();
      const cards = dpo.page.locator('[data-testid="disclosure"]');
      const shown = await cards.evaluateAll((nodes) => nodes.map((n) => ({ id: n.getAttribute("data-record-id"), requestId: n.getAttribute("data-request-id") })));
      for (const record of caused) expect(shown).toContainEqual({ id: record.id, requestId: record.requestId });
      // Each record shows who, which agency, roles, purpose, operation, request id and fields.
      const card = cards.filter({ has: dpo.page.locator(`[data-testid="record-request-id"]:text-is("${caused[0]!.requestId}")`) }).first();
      const text = await card.innerText();
      for (const expected of [CHAIR, "Oldham", "Channel Chair", "Case review", caused[0]!.requestId]) expect(text).toContain(expected);
      expect(await card.locator('[data-testid="record-entries"] li').count()).toBeGreaterThan(0);
      await expectAccessible(dpo.page, "disclosure trail, searched");

      // Subject access: assemble, show, download.
      await dpo.page.goto(new URL("/dpo/subject-access", platform.webUrl).toString());
      await dpo.page.locator('[data-testid="recent-requests"]').waitFor();
      await expectAccessible(dpo.page, "subject access");
      await dpo.page.getByLabel("Person id").fill(subjectId);
      await dpo.page.locator('[data-testid="assemble"]').click();
      await dpo.page.locator('[data-testid="sar-report"]').waitFor({ timeout: 30_000 });
      await dpo.page.locator('[data-testid="download-sar"]').waitFor();
      await expectAccessible(dpo.page, "subject access report");
      const [download] = await Promise.all([dpo.page.waitForEvent("download"), dpo.page.locator('[data-testid="download-sar"]').click()]);
      expect(download.suggestedFilename()).toBe(`subject-access-${subjectId}.json`);
      const downloaded = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as SubjectAccessReport;
      expect(Object.keys(downloaded)).toEqual(["subjectAccessRequest", "person", "withheld", "disclosures"]);
      expect(downloaded.subjectAccessRequest).toMatchObject({ personId: subjectId, purpose: `subject access; person=${subjectId}` });
      expect(downloaded.person).toMatchObject({ id: subjectId });
      const disclosed = new Set(downloaded.disclosures.map((d) => d.requestId));
      for (const record of caused) expect(disclosed.has(record.requestId)).toBe(true);

      // The same as npm run sar assembles now (which also finds the page's own request, recorded meanwhile).
      const cli = await assembleSubjectAccess(gatewayPoster(platform.gatewayUrl, await platform.tokenFor("dpo-auditor"), subjectId), subjectId);
      // Field for field and in the same order: the same JSON text.
      expect(JSON.stringify(downloaded.person, null, 2)).toBe(JSON.stringify(cli.person, null, 2));
      expect(JSON.stringify(downloaded.withheld)).toBe(JSON.stringify(cli.withheld));
      const cliIds = new Set(cli.disclosures.map((d) => d.id));
      for (const d of downloaded.disclosures) expect(cliIds.has(d.id as string)).toBe(true);
      for (const [web, fromCli] of downloaded.disclosures.map((d) => [d, cli.disclosures.find((c) => c.id === d.id)!] as const)) expect(JSON.stringify(web)).toBe(JSON.stringify(fromCli));

      // Printed: the report alone, withheld items with their basis.
      await dpo.page.emulateMedia({ media: "print" });
      expect(await dpo.page.locator(".app-header").isVisible()).toBe(false);
      expect(await dpo.page.locator('[data-testid="assemble"]').isVisible()).toBe(false);
      expect(await dpo.page.locator('[data-testid="sar-report"]').isVisible()).toBe(true);
      if (downloaded.withheld.length > 0) expect(await dpo.page.locator('[data-testid="sar-withheld"]').innerText()).toContain(downloaded.withheld[0]!.basis);
      await dpo.page.emulateMedia({ media: "screen" });

      // Chain status: verified on demand, every chain intact.
      await dpo.page.goto(new URL("/dpo/chain", platform.webUrl).toString());
      await dpo.page.getByRole("heading", { name: "Chain status", level: 1 }).waitFor();
      await dpo.page.locator('[data-testid="latest-record"]').waitFor();
      await expectAccessible(dpo.page, "chain status");
      await dpo.page.locator('[data-testid="verify-chains"]').click();
      await dpo.page.locator('[data-testid="chains-intact"]').waitFor({ timeout: 30_000 });
      const states = await dpo.page.locator('[data-testid="chain"]').evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-subgraph"), r.getAttribute("data-state")]));
      expect(states).toHaveLength(5);
      expect(states.every(([, state]) => state === "INTACT")).toBe(true);
      await expectAccessible(dpo.page, "chain status, verified");
      expect(dpo.problems).toEqual([]);
    } finally {
      await dpo.context.close();
    }
  });

  it("the referral form collects ethnicity and a mental-health concern, and the DPO's trail shows them collected", async () => {
    const chair = await newDesk(browser);
    let caseId: string;
    try {
      await signIn(chair.page, platform.webUrl, CHAIR, "/referrals/new");
      await statePurpose(chair.page, "case review");
      const page = chair.page;
      await page.getByRole("heading", { name: "Make a referral" }).waitFor();
      await page.getByLabel("No, they are new").check();
      await page.getByLabel("First name").fill("Robin");
      await page.getByLabel("Last name").fill("Ashdown");
      const dob = page.getByRole("group", { name: "Date of birth" });
      await dob.getByLabel("Day").fill("14");
      await dob.getByLabel("Month").fill("6");
      await dob.getByLabel("Year").fill("2008");
      await page.getByRole("group", { name: "Gender" }).getByLabel("Male", { exact: true }).check();
      await page.getByLabel("Town").fill("Oldham");
      await page.getByLabel("Postcode").fill("OL1 1AA");
      await page.getByRole("group", { name: "Type of concern" }).locator("input").first().check();
      await page.getByLabel("Referring sector").selectOption("EDUCATION");
      await page.getByLabel("Ethnic group (optional)").selectOption("WHITE");
      await page.getByRole("group", { name: /mental-health or neurodiversity concern/ }).getByLabel("Yes", { exact: true }).check();
      await expectAccessible(page, "referral, with the 2024/25 fields");
      await page.getByRole("button", { name: "Make the referral" }).click();
      await page.waitForURL(/\/cases\/[^/]+$/);
      caseId = decodeURIComponent(new URL(page.url()).pathname.split("/")[2]!);
      expect(chair.problems).toEqual([]);
    } finally {
      await chair.context.close();
    }
    const res = await postGraphQL<{ case: { ethnicity: string; mentalHealthConcern: string; consentToSupport: string } | null }>(
      platform.gatewayUrl,
      "query($id: ID!) { case(id: $id) { ethnicity mentalHealthConcern consentToSupport } }",
      { id: caseId },
      await platform.as(CHAIR, "case review"),
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.case).toEqual({ ethnicity: "WHITE", mentalHealthConcern: "YES", consentToSupport: "NOT_KNOWN" });

    const dpo = await newDesk(browser);
    try {
      await signIn(dpo.page, platform.webUrl, "dpo-auditor", `/dpo/disclosures?user=${CHAIR}`);
      const collection = dpo.page.locator('[data-testid="disclosure"]', { hasText: "Collection" }).filter({ hasText: caseId }).first();
      await collection.waitFor();
      const fields = await collection.locator('[data-testid="record-entries"]').innerText();
      expect(fields).toContain("ethnicity");
      expect(fields).toContain("mentalHealthConcern");
      expect(dpo.problems).toEqual([]);
    } finally {
      await dpo.context.close();
    }
  });

  it("a chair cannot open any DPO page: the platform refuses, and the page says so", async () => {
    const chair = await newDesk(browser);
    try {
      await signIn(chair.page, platform.webUrl, "kirklees-channel-chair", "/dpo/disclosures");
      const nav = chair.page.getByRole("navigation", { name: "Menu" });
      await nav.waitFor();
      expect(await nav.getByRole("link", { name: /Disclosure trail|Subject access|Chain status/ }).count()).toBe(0);
      const refused = chair.page.locator('[data-testid="dpo-refused"]');
      await refused.waitFor();
      expect(await refused.getAttribute("data-error-code")).toBe("FORBIDDEN");
      expect(await chair.page.locator('[data-testid="disclosure"]').count()).toBe(0);
      await expectAccessible(chair.page, "disclosure trail, refused");

      await chair.page.goto(new URL("/dpo/subject-access", platform.webUrl).toString());
      await refused.waitFor();
      expect(await refused.getAttribute("data-error-code")).toBe("FORBIDDEN");
      await expectAccessible(chair.page, "subject access, refused");
      // Asking for a person anyway: the platform refuses the trail; nothing is shown.
      await chair.page.goto(new URL(`/dpo/subject-access?person=${platform.world.cases[0]!.subjectId}`, platform.webUrl).toString());
      await refused.waitFor();
      expect(await chair.page.locator('[data-testid="sar-report"]').count()).toBe(0);

      // Chain status: refused on opening, so nothing to verify is offered.
      await chair.page.goto(new URL("/dpo/chain", platform.webUrl).toString());
      await refused.waitFor();
      expect(await refused.getAttribute("data-error-code")).toBe("FORBIDDEN");
      expect(await chair.page.locator('[data-testid="verify-chains"]').count()).toBe(0);
      expect(await chair.page.locator('[data-testid="chain-table"]').count()).toBe(0);
      await expectAccessible(chair.page, "chain status, refused");
      expect(chair.problems).toEqual([]);
    } finally {
      await chair.context.close();
    }
  });
});
