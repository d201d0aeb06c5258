import type { Browser, Page } from "playwright-core";
import type { TestPlatform } from "../fixtures/platform";
import { expectAccessible, launchBrowser, newDesk } from "./fixtures/browser";
import { signIn, startWebPlatform, statePurpose } from "./fixtures/web-platform";

/**
 * Practitioners' journeys in a real browser (issue 15): signing in through the development OpenID
 * provider, stating a purpose, the caseload, a case, case work with a conflict, what the sharing
 * policy withholds, immigration questions, signing out. Every page visited is checked with axe-core
 * (0 serious or critical violations), and no page logs an error (a CSP refusal would).
 */
describe("the web app in Chromium", () => {
  let platform: TestPlatform;
  let browser: Browser;

  beforeAll(async () => {
    // The default world (400 cases): Kirklees leads a handful of cases at panel, support and review.
    [platform, browser] = await Promise.all([startWebPlatform({ cases: 400 }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.shutdown();
  });

  /** Kirklees-led Channel cases where the chair may record a VAF (panel, support or review). */
  const kirkleesAtPanel = () => platform.world.cases.filter((c) => c.leadAgencyId === "kirklees" && ["PANEL", "SUPPORT", "REVIEW"].includes(c.stage) && c.programme === "CHANNEL");
  const STAGE_LABEL: Record<string, string> = { PANEL: "Panel", SUPPORT: "Support", REVIEW: "Review" };
  const rows = (page: Page) => page.locator('[data-testid="caseload-table"] tbody tr');

  /** The success banner after a VAF is recorded (on failure, a screenshot says why). */
  const recorded = async (page: Page) => {
    try {
      await page.locator('[data-testid="success-banner"]').getByText("Vulnerability assessment recorded").waitFor({ timeout: 15_000 });
    } catch (err) {
      await page.screenshot({ path: "/tmp/vaf-failure.png", fullPage: true });
      throw err;
    }
  };

  /** Fills the first factor of the VAF form. */
  const fillVaf = async (page: Page, note: string, code: string) => {
    // The form starts from the case's current assessment: the first factor becomes a new one.
    const factor = page.locator('[data-testid="vaf-factor"]').first();
    await factor.getByLabel("Domain").selectOption({ index: 1 });
    await factor.getByLabel("Factor", { exact: true }).fill(code);
    await factor.getByLabel("Rating").selectOption({ index: 1 });
    await factor.getByLabel("Note").fill(note);
  };

  it("a chair signs in through the development provider, states a purpose, filters the caseload, opens a case and records a VAF", async () => {
    const { context, page, problems } = await newDesk(browser);
    try {
      await page.goto(platform.webUrl);
      await page.getByRole("heading", { name: "Sign in to Dovetail" }).waitFor();
      await expectAccessible(page, "sign-in");
      await page.getByRole("button", { name: /^Sign in/ }).first().click();
      await page.locator('button[data-persona="kirklees-channel-chair"]').waitFor();
      await expectAccessible(page, "provider's sign-in");
      await page.locator('button[data-persona="kirklees-channel-chair"]').click();
      await page.waitForURL((url) => !url.pathname.startsWith("/oidc") && !url.pathname.startsWith("/auth/callback"));
      // No personal data before a purpose: the app asks first.
      await page.getByRole("heading", { name: "Why do you need this information?" }).waitFor();
      await expectAccessible(page, "purpose");
      await statePurpose(page, "case review");
      await rows(page).first().waitFor();
      await expectAccessible(page, "caseload");
      // Tokens live in session storage, never in local storage.
      expect(await page.evaluate(() => (globalThis as unknown as { localStorage: { length: number } }).localStorage.length)).toBe(0);

      // The time from navigation to the first rows, signed in and with a purpose stated.
      const started = Date.now();
      await page.goto(new URL("/cases", platform.webUrl).toString());
      await rows(page).first().waitFor();
      console.log(`first caseload rows rendered ${Date.now() - started} ms after navigation`);

      // Filter: the case's stage, then Kirklees as lead agency.
      const target = kirkleesAtPanel()[0]!;
      const stage = STAGE_LABEL[target.stage]!;
      await page.getByRole("navigation", { name: "Cases by stage" }).getByRole("link", { name: new RegExp(`^${stage}`) }).click();
      await page.getByLabel("Lead agency").selectOption("kirklees");
      await page.locator('[data-testid="apply-filters"]').click();
      await page.waitForURL(/lead=kirklees/);
      await rows(page).first().waitFor();
      const shown = await rows(page).allInnerTexts();
      expect(shown.every((text) => text.includes(stage) && text.includes("Kirklees"))).toBe(true);
      await page.getByRole("link", { name: target.reference }).click();
      await page.locator('[data-testid="case-reference"]').waitFor();

      expect(await page.locator('[data-testid="case-reference"]').innerText()).toContain(target.reference);
      await expectAccessible(page, "case view");

      await page.getByRole("link", { name: "Record a vulnerability assessment" }).click();
      await page.locator('[data-testid="vaf-factor"]').first().waitFor();
      await expectAccessible(page, "VAF form");
      await fillVaf(page, "Seeks belonging through an online group; the panel saw it in the school's referral.", "online-belonging-sought");
      await page.getByRole("button", { name: "Record assessment" }).click();
      await recorded(page);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a chair whose case someone else changed first sees what changed and retries without retyping", async () => {
    const target = kirkleesAtPanel()[1]!;
    const first = await newDesk(browser);
    const second = await newDesk(browser);
    try {
      for (const desk of [first, second]) {
        await signIn(desk.page, platform.webUrl, desk === first ? "kirklees-channel-chair" : "kirklees-case-officer", `/cases/${target.id}/vaf`);
        await statePurpose(desk.page, "panel preparation", target.reference);
        await desk.page.locator('[data-testid="vaf-factor"]').first().waitFor();
      }
      const typed = "Typed before the other change: isolation at home and online.";
      await fillVaf(first.page, typed, "isolation-at-home");
      // The case officer records an assessment first.
      await fillVaf(second.page, "Recorded first by the case officer.", "recorded-first-elsewhere");
      await second.page.getByRole("button", { name: "Record assessment" }).click();
      await recorded(second.page);

      await first.page.getByRole("button", { name: "Record assessment" }).click();
      await first.page.locator('[data-testid="conflict"]').waitFor();
      await expectAccessible(first.page, "conflict");
      expect(await first.page.locator('[data-testid="conflict"]').innerText()).toContain("Someone else changed this case");
      // What the chair typed is still there; retrying on the new version succeeds.
      expect(await first.page.locator('[data-testid="vaf-factor"]').first().getByLabel("Note").inputValue()).toBe(typed);
      await first.page.getByRole("button", { name: "Record assessment" }).click();
      await recorded(first.page);
      expect([...first.problems, ...second.problems]).toEqual([]);
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  it("every case-work form, the referral form and the caseload's other views pass axe-core", async () => {
    const target = kirkleesAtPanel().find((c) => c.stage === "PANEL") ?? kirkleesAtPanel()[0]!;
    const referral = platform.world.cases.find((c) => c.stage === "REFERRAL" && c.region === "NORTH_WEST");
    const { context, page, problems } = await newDesk(browser);
    try {
      await signIn(page, platform.webUrl, "kirklees-channel-chair", "/referrals/new");
      await statePurpose(page, "case review");
      await page.getByRole("heading", { name: "Make a referral" }).waitFor();
      await expectAccessible(page, "referral");
      for (const [slug, title] of [
        ["support-plan", "Agree a support plan"],
        ["panel", "Change the panel"],
        ["close", "Close the case"],
        ["transfer", "Transfer the case"],
      ] as const) {
        await page.goto(new URL(`/cases/${target.id}/${slug}`, platform.webUrl).toString());
        await page.getByRole("heading", { name: title }).waitFor();
        await page.locator("form").first().waitFor();
        await expectAccessible(page, title);
      }
      await page.goto(new URL("/cases?stage=CLOSED", platform.webUrl).toString());
      await rows(page).first().waitFor();
      await expectAccessible(page, "caseload, closed");
      await page.goto(new URL("/immigration", platform.webUrl).toString());
      await page.getByRole("heading", { level: 1 }).waitFor();
      await expectAccessible(page, "chair's immigration questions");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    if (!referral) return;
    const officer = await newDesk(browser);
    try {
      await signIn(officer.page, platform.webUrl, "ctp-north-west-officer", `/cases/${referral.id}/accept-for-screening`);
      await statePurpose(officer.page, "screening");
      await officer.page.getByRole("heading", { name: "Accept for screening" }).waitFor();
      await officer.page.locator("form").first().waitFor();
      await expectAccessible(officer.page, "accept for screening");
      expect(officer.problems).toEqual([]);
    } finally {
      await officer.context.close();
    }
  });

  it("the school's safeguarding lead sees CT risk and health marked withheld, never blank", async () => {
    const seen = platform.world.cases.find(
      (c) => c.stage !== "CLOSED" && (c.panelMemberAgencyIds.includes("kirklees-valley-academy") || c.referringAgencyId === "kirklees-valley-academy"),
    );
    expect(seen).toBeDefined();
    const { context, page, problems } = await newDesk(browser);
    try {
      await signIn(page, platform.webUrl, "school-safeguarding-lead", `/cases/${seen!.id}`);
      await statePurpose(page, "panel preparation");
      await page.locator('[data-testid="case-reference"]').waitFor();
      for (const section of ["ct-risk", "health"]) {
        const withheld = page.locator(`section:has(#${section}) [data-withheld], #${section} ~ * [data-withheld]`).first();
        await withheld.waitFor();
        expect(await withheld.innerText()).toMatch(/Withheld under the sharing policy \(.+\)/);
      }
      await expectAccessible(page, "case view, withheld");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a board member sees no case", async () => {
    const { context, page, problems } = await newDesk(browser);
    try {
      await signIn(page, platform.webUrl, "board-member", "/cases");
      const purpose = page.getByRole("heading", { name: "Why do you need this information?" });
      const noAccess = page.locator('[data-testid="caseload-no-access"]');
      await purpose.or(noAccess).first().waitFor();
      if (await purpose.isVisible()) await statePurpose(page, "quality assurance");
      await noAccess.waitFor();
      expect(await rows(page).count()).toBe(0);
      await expectAccessible(page, "caseload, no access");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the SPOC answers a question the chair raised, the chair sees the answer, and signing out ends the session", async () => {
    const target = kirkleesAtPanel()[2]!;
    const chair = await newDesk(browser);
    const spoc = await newDesk(browser);
    try {
      await signIn(chair.page, platform.webUrl, "kirklees-channel-chair", `/cases/${target.id}/immigration-question`);
      await statePurpose(chair.page, "immigration query", target.reference);
      await chair.page.getByRole("heading", { name: "Ask the immigration SPOC" }).waitFor();
      await expectAccessible(chair.page, "raise a question");
      await chair.page.getByLabel("Your question").fill("Does the subject hold settled status? The panel needs it to plan support.");
      await chair.page.getByRole("button", { name: "Send the question" }).click();
      await chair.page.getByText("Question sent to the immigration SPOC").waitFor();
      const questionUrl = chair.page.url();

      await signIn(spoc.page, platform.webUrl, "immigration-spoc-north", "/immigration");
      await statePurpose(spoc.page, "immigration query");
      await spoc.page.locator("table tbody tr").first().waitFor();
      await expectAccessible(spoc.page, "SPOC's inbox");
      const questionPath = new URL(questionUrl).pathname;
      await spoc.page.locator(`a[href="${questionPath}"]`).click();
      await spoc.page.locator('[data-testid="answer-form"]').waitFor();
      await expectAccessible(spoc.page, "question, to answer");
      await spoc.page.locator('[data-testid="answer-form"] input[type="radio"]').first().check();
      await spoc.page.getByLabel("Your answer").fill("Settled status granted in 2019; no conditions.");
      await spoc.page.getByRole("button", { name: "Send the answer" }).click();
      await spoc.page.locator('[data-testid="question-status"]').getByText(/answered/i).waitFor();

      await chair.page.reload();
      await chair.page.locator('[data-testid="question-answer"]').waitFor();
      expect(await chair.page.locator('[data-testid="question-answer"]').innerText()).toContain("Settled status granted in 2019");
      await expectAccessible(chair.page, "question, answered");

      // Sign-out ends the session at the provider: back to the app's sign-in page, and a protected
      // page asks to sign in again.
      await chair.page.getByRole("button", { name: /sign out/i }).click();
      const providerSignOut = chair.page.getByRole("button", { name: "Sign out" });
      await providerSignOut.waitFor();
      await expectAccessible(chair.page, "provider's sign-out");
      await providerSignOut.click();
      await chair.page.getByRole("heading", { name: "Sign in to Dovetail" }).waitFor();
      await chair.page.goto(new URL("/cases", platform.webUrl).toString());
      await chair.page.getByRole("heading", { name: "Sign in to Dovetail" }).waitFor();
      expect([...chair.problems, ...spoc.problems]).toEqual([]);
    } finally {
      await chair.context.close();
      await spoc.context.close();
    }
  });
});

describe("the web app in production mode, with the safelist enforced", () => {
  let platform: TestPlatform;
  let browser: Browser;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([
      startWebPlatform({ env: { NODE_ENV: "production", AUTH_DEV_ISSUER: "true", OPERATION_SAFELIST: "enforce", RATE_LIMIT_PER_MINUTE: "0", RATE_LIMIT_IP_PER_MINUTE: "0" } }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.shutdown();
  });

  it("a chair signs in, sees the caseload and opens a case: every operation the app sends is in the manifest", async () => {
    const { context, page, problems } = await newDesk(browser);
    try {
      await signIn(page, platform.webUrl, "kirklees-channel-chair", "/cases");
      await statePurpose(page, "case review");
      await page.locator('[data-testid="caseload-table"] tbody tr').first().waitFor();
      await page.locator('[data-testid="caseload-table"] tbody tr a').first().click();
      await page.locator('[data-testid="case-reference"]').waitFor();
      await page.getByRole("heading", { name: "Vulnerability assessment" }).or(page.locator("#vaf")).first().waitFor();
      expect(await page.getByText("OPERATION_NOT_SAFELISTED").count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
