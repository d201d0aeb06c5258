import { createHash, createPublicKey, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { devIssuerDir } from "../../common/auth/dev-issuer";
import { PERSONAS } from "../../seed/generate";
import { sqliteTestDatabase } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../fixtures/platform";

/**
 * The web app's side of the gateway: the development OpenID provider at /oidc (driven here as a
 * browser would, with fetch and a cookie jar), the built app and its fallback, /app-config.json,
 * and the security headers. SQLite only: nothing here depends on the database.
 */

const CASELOAD = "query Caseload { cases(first: 5) { edges { node { id reference subject { givenName } } } } }";
const CLIENT_ID = "dovetail-web";
const SCOPE = "openid profile offline_access";

/** The cookies a browser would keep for the gateway's origin (all of the provider's live under /oidc). */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  keep(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, ...value] = pair!.split("=");
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]!) < Date.now());
      if (expired || value.join("=") === "") this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join("="));
    }
  }
}

interface Browser {
  jar: CookieJar;
  /** One request, no redirect followed, cookies sent and kept. */
  fetch(url: string, init?: { method?: string; form?: Record<string, string>; origin?: string }): Promise<Response>;
}

function browser(): Browser {
  const jar = new CookieJar();
  return {
    jar,
    async fetch(url, init = {}) {
      const headers: Record<string, string> = { cookie: jar.header() };
      if (init.origin) headers.origin = init.origin;
      let body: string | undefined;
      if (init.form) {
        headers["content-type"] = "application/x-www-form-urlencoded";
        body = new URLSearchParams(init.form).toString();
      }
      const res = await fetch(url, { method: init.method ?? (body ? "POST" : "GET"), headers, body, redirect: "manual" });
      jar.keep(res);
      return res;
    },
  };
}

const base64url = (bytes: Buffer) => bytes.toString("base64url");

function pkce(): { verifier: string; challenge: string } {
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: base64url(createHash("sha256").update(verifier).digest()) };
}

function location(res: Response, base: string): URL {
  const value = res.headers.get("location");
  if (!value) throw new Error(`no Location on a ${res.status}`);
  return new URL(value, base);
}

/** A GET with the path exactly as given (fetch would resolve its dot segments first). */
function rawGet(origin: string, rawPath: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path: rawPath, method: "GET" }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

function expectSecurityHeaders(headers: Headers, connectTo: string[] = []): void {
  const csp = headers.get("content-security-policy") ?? "";
  const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(" ")]));
  expect(directives).toEqual({
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self' data:",
    "connect-src": ["'self'", ...connectTo].join(" "),
    "frame-ancestors": "'none'",
    "base-uri": "'self'",
    "form-action": ["'self'", ...connectTo].join(" "),
    "object-src": "'none'",
  });
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe("no-referrer");
  expect(headers.get("x-frame-options")).toBe("DENY");
}

/** No script element with content, no inline event handler, no style attribute or element. */
function expectNoInlineScriptOrStyle(html: string): void {
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/\sstyle\s*=|<style/i);
}

describe("the web app's sign-in and files, served by the gateway", () => {
  let platform: TestPlatform;
  let root: string;
  let web: string;
  let issuer: string;

  beforeAll(async () => {
    // A stand-in for `npm run build`'s output, beside a file that must never be served.
    root = fs.mkdtempSync(path.join(os.tmpdir(), "dovetail-web-"));
    const dist = path.join(root, "dist");
    fs.mkdirSync(path.join(dist, "assets"), { recursive: true });
    fs.writeFileSync(path.join(dist, "index.html"), '<!DOCTYPE html><html lang="en"><head><title>Dovetail</title><script type="module" src="/assets/index-3f9a.js"></script></head><body><div id="root"></div></body></html>');
    fs.writeFileSync(path.join(dist, "assets", "index-3f9a.js"), "console.log('app');\n");
    fs.writeFileSync(path.join(dist, "robots.txt"), "User-agent: *\nDisallow: /\n");
    fs.writeFileSync(path.join(root, "secret.txt"), "not for the web");
    fs.symlinkSync(path.join(root, "secret.txt"), path.join(dist, "assets", "escape.js"));
    platform = await startTestPlatform(sqliteTestDatabase(), { cases: 40, env: { WEB_DIST_DIR: dist } });
    web = platform.webUrl;
    issuer = platform.devProviderIssuer!;
  });
  afterAll(async () => {
    await platform?.shutdown();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  /** authorize → the persona list → the chosen persona → the callback, with its code. */
  async function authorize(b: Browser, persona: string, challenge: string, state = "s1"): Promise<URL> {
    const params = new URLSearchParams({ client_id: CLIENT_ID, response_type: "code", redirect_uri: `${web}auth/callback`, scope: SCOPE, code_challenge: challenge, code_challenge_method: "S256", state, nonce: "n1" });
    const start = await b.fetch(`${issuer}/auth?${params}`);
    expect(start.status).toBe(303);
    const interaction = location(start, web);
    expect(interaction.pathname).toMatch(/^\/oidc\/interaction\/[\w-]+$/);
    const page = await b.fetch(interaction.href);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`data-persona="${persona}"`);
    const action = /<form method="post" action="([^"]+)"/.exec(html)![1]!;
    const chosen = await b.fetch(new URL(action, web).href, { form: { persona } });
    expect(chosen.status).toBe(303);
    const resumed = await b.fetch(location(chosen, web).href);
    expect(resumed.status).toBe(303);
    return location(resumed, web);
  }

  async function token(b: Browser, form: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await b.fetch(`${issuer}/token`, { form: { client_id: CLIENT_ID, ...form }, origin: web.replace(/\/$/, "") });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  async function signIn(persona: string): Promise<{ b: Browser; tokens: Record<string, string> }> {
    const b = browser();
    const { verifier, challenge } = pkce();
    const callback = await authorize(b, persona, challenge);
    const { status, body } = await token(b, { grant_type: "authorization_code", code: callback.searchParams.get("code")!, redirect_uri: `${web}auth/callback`, code_verifier: verifier });
    expect(status).toBe(200);
    return { b, tokens: body as Record<string, string> };
  }

  it("publishes discovery at /oidc/.well-known/openid-configuration, on the gateway's origin", async () => {
    expect(issuer).toBe(`${web}oidc`);
    const res = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const discovery = (await res.json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/auth`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      end_session_endpoint: `${issuer}/session/end`,
    });
    expect(discovery.code_challenge_methods_supported).toContain("S256");
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(SCOPE.split(" ")));
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(["sub", "name", "agency", "agency_name", "roles"]));
  });

  it("signs in with the authorization code and PKCE: the sign-in page lists every persona, the access token is the gateway's JWT", async () => {
    const b = browser();
    const { verifier, challenge } = pkce();
    const params = new URLSearchParams({ client_id: CLIENT_ID, response_type: "code", redirect_uri: `${web}auth/callback`, scope: SCOPE, code_challenge: challenge, code_challenge_method: "S256", state: "st" });
    const interaction = location(await b.fetch(`${issuer}/auth?${params}`), web);
    const page = await b.fetch(interaction.href);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expectSecurityHeaders(page.headers);
    const html = await page.text();
    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="en"/);
    expect(html).toMatch(/<title>Sign in \(development\)[^<]*<\/title>/);
    expect(html).toMatch(/<main[^>]*>[\s\S]*<h1[^>]*>Sign in \(development\)<\/h1>/);
    expectNoInlineScriptOrStyle(html);
    for (const p of PERSONAS) expect(html).toContain(`data-persona="${p.id}"`);
    expect(html).toContain("Priya Brenmoor");
    expect(html).toContain('data-persona="kirklees-channel-chair"');
    expect(html).toMatch(/<button[^>]*data-persona="kirklees-channel-chair"[^>]*>Sign in<span class="govuk-visually-hidden"> as Priya Brenmoor \(kirklees-channel-chair\)<\/span><\/button>/);
    // Its stylesheet comes from this origin.
    const css = await fetch(new URL("/oidc-assets/govuk.css", web));
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
    expect(await css.text()).not.toContain("url(/assets/");

    const action = new URL(/<form method="post" action="([^"]+)"/.exec(html)![1]!, web);
    const unknown = await b.fetch(action.href, { form: { persona: "nobody" } });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("There is a problem");
    const chosen = await b.fetch(action.href, { form: { persona: "kirklees-channel-chair" } });
    const callback = location(await b.fetch(location(chosen, web).href), web);
    expect(`${callback.origin}${callback.pathname}`).toBe(`${web}auth/callback`);
    expect(callback.searchParams.get("state")).toBe("st");

    const exchanged = await token(b, { grant_type: "authorization_code", code: callback.searchParams.get("code")!, redirect_uri: `${web}auth/callback`, code_verifier: verifier });
    expect(exchanged.status).toBe(200);
    const tokens = exchanged.body as Record<string, string>;
    expect(tokens).toMatchObject({ token_type: "Bearer", expires_in: 600 });
    expect(tokens.refresh_token).toEqual(expect.any(String));

    const accessToken = tokens.access_token!;
    expect(decodeProtectedHeader(accessToken).alg).toBe("RS256");
    const claims = decodeJwt(accessToken);
    const extras = new Set(["jti", "client_id", "scope"]);
    expect(Object.keys(claims).filter((k) => !extras.has(k)).sort()).toEqual(["agency", "aud", "exp", "iat", "iss", "roles", "sub"]);
    expect(claims).toMatchObject({ iss: issuer, aud: platform.config.auth.audience, sub: "kirklees-channel-chair", agency: "kirklees", roles: ["CHANNEL_CHAIR", "PREVENT_COORDINATOR"] });
    expect(claims.exp! - claims.iat!).toBe(600);
    // Signed with the development issuer's key (`npm run token`'s), published at jwks_uri.
    const jwks = (await (await fetch(`${issuer}/jwks`)).json()) as { keys: { n: string }[] };
    const devPublic = createPublicKey(fs.readFileSync(path.join(devIssuerDir(platform.config.auth.keysDir), "public.pem"))).export({ format: "jwk" });
    expect(jwks.keys.map((k) => k.n)).toEqual([devPublic.n]);
    await expect(jwtVerify(accessToken, createLocalJWKSet(jwks as never), { issuer, audience: platform.config.auth.audience })).resolves.toBeDefined();

    const idToken = decodeJwt(tokens.id_token!);
    expect(idToken).toMatchObject({ iss: issuer, aud: CLIENT_ID, sub: "kirklees-channel-chair", name: "Priya Brenmoor", agency: "kirklees", agency_name: expect.any(String), roles: ["CHANNEL_CHAIR", "PREVENT_COORDINATOR"] });

    const caseload = await postGraphQL<{ cases: { edges: unknown[] } | null }>(platform.gatewayUrl, CASELOAD, {}, { authorization: `Bearer ${accessToken}`, "x-purpose": "case review" });
    expect(caseload.status).toBe(200);
    expect(caseload.body.errors).toBeUndefined();
    expect(caseload.body.data?.cases?.edges.length).toBeGreaterThan(0);
  });

  it("gives the board member FORBIDDEN on the caseload, as today's tokens do", async () => {
    const { tokens } = await signIn("board-member");
    const res = await postGraphQL<{ cases: unknown }>(platform.gatewayUrl, CASELOAD, {}, { authorization: `Bearer ${tokens.access_token}`, "x-purpose": "case review" });
    expect(res.status).toBe(200);
    expect(res.body.data?.cases).toBeNull();
    expect(res.body.errors?.map((e) => e.extensions?.code)).toContain("FORBIDDEN");
  });

  it("keeps accepting `npm run token` tokens beside the provider's", async () => {
    const res = await postGraphQL<{ cases: { edges: unknown[] } }>(platform.gatewayUrl, CASELOAD, {}, await platform.as("kirklees-channel-chair"));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.cases.edges.length).toBeGreaterThan(0);
  });

  it("renews with the refresh token, rotating it", async () => {
    const { b, tokens } = await signIn("kirklees-case-officer");
    // As oidc-client-ts renews: with the scope the token response granted ("": the access token
    // carries no API scope of its own; the ID token's scopes do not change).
    expect(tokens.scope).toBe("");
    const renewed = await token(b, { grant_type: "refresh_token", refresh_token: tokens.refresh_token!, scope: tokens.scope! });
    expect(renewed.status).toBe(200);
    const next = renewed.body as Record<string, string>;
    expect(next.refresh_token).toEqual(expect.any(String));
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    expect(decodeJwt(next.access_token!)).toMatchObject({ iss: issuer, sub: "kirklees-case-officer", agency: "kirklees", roles: ["CASE_OFFICER"] });
    const res = await postGraphQL(platform.gatewayUrl, CASELOAD, {}, { authorization: `Bearer ${next.access_token}`, "x-purpose": "case review" });
    expect(res.body.errors).toBeUndefined();
    // The old one is spent.
    const reused = await token(b, { grant_type: "refresh_token", refresh_token: tokens.refresh_token! });
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe("invalid_grant");
  });

  it("ends the session at the provider on sign-out: a form on a CSP-clean page, then back to the app; the refresh token dies with it", async () => {
    const { b, tokens } = await signIn("oldham-channel-chair");
    const params = new URLSearchParams({ id_token_hint: tokens.id_token!, post_logout_redirect_uri: web, state: "bye" });
    const confirm = await b.fetch(`${issuer}/session/end?${params}`);
    expect(confirm.status).toBe(200);
    expectSecurityHeaders(confirm.headers);
    const html = await confirm.text();
    expectNoInlineScriptOrStyle(html);
    expect(html).toMatch(/<html lang="en"[\s\S]*<title>Sign out[\s\S]*<main[\s\S]*<h1[^>]*>Sign out<\/h1>/);
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)">/.exec(html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    expect(html).toMatch(/<button type="submit" form="op.logoutForm" name="logout" value="yes"[^>]*>Sign out<\/button>/);
    const done = await b.fetch(new URL(action, web).href, { form: { xsrf, logout: "yes" } });
    expect(done.status).toBe(303);
    expect(location(done, web).href).toBe(`${web}?state=bye`);

    const refused = await token(b, { grant_type: "refresh_token", refresh_token: tokens.refresh_token! });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe("invalid_grant");
    // Signing in again asks who you are.
    const again = await b.fetch(`${issuer}/auth?${new URLSearchParams({ client_id: CLIENT_ID, response_type: "code", redirect_uri: `${web}auth/callback`, scope: SCOPE, code_challenge: pkce().challenge, code_challenge_method: "S256" })}`);
    expect(location(again, web).pathname).toMatch(/^\/oidc\/interaction\//);
    // A second sign-out, with nothing left to end, goes straight back (no self-submitting form).
    const empty = await b.fetch(`${issuer}/session/end?${params}`);
    expect(empty.status).toBe(303);
    expect(location(empty, web).href).toBe(`${web}?state=bye`);
  });

  it("refuses an authorization request without PKCE, and a code exchanged without its verifier", async () => {
    const b = browser();
    const params = new URLSearchParams({ client_id: CLIENT_ID, response_type: "code", redirect_uri: `${web}auth/callback`, scope: SCOPE, state: "x" });
    const res = await b.fetch(`${issuer}/auth?${params}`);
    expect(res.status).toBe(303);
    const back = location(res, web);
    expect(`${back.origin}${back.pathname}`).toBe(`${web}auth/callback`);
    expect(back.searchParams.get("error")).toBe("invalid_request");
    expect(back.searchParams.get("error_description")).toMatch(/PKCE/);

    const { challenge } = pkce();
    const callback = await authorize(b, "kirklees-channel-chair", challenge, "y");
    const exchanged = await token(b, { grant_type: "authorization_code", code: callback.searchParams.get("code")!, redirect_uri: `${web}auth/callback`, code_verifier: pkce().verifier });
    expect(exchanged.status).toBe(400);
    expect(exchanged.body.error).toBe("invalid_grant");
  });

  it("answers /app-config.json with the API's path, the mode and the development sign-in", async () => {
    const res = await fetch(new URL("/app-config.json", web));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ graphqlUrl: "/graphql", environment: "test", issuers: [{ issuer, clientId: CLIENT_ID, name: "Development sign-in" }] });
  });

  it("serves the app: index.html for its routes (never cached), hashed assets for a year, security headers on each", async () => {
    for (const route of ["/", "/cases/123", "/auth/callback?code=abc&state=s", "/index.html"]) {
      const res = await fetch(new URL(route, web));
      expect({ route, status: res.status, type: res.headers.get("content-type"), cache: res.headers.get("cache-control") }).toEqual({ route, status: 200, type: "text/html; charset=utf-8", cache: "no-store" });
      expectSecurityHeaders(res.headers);
      expect(await res.text()).toContain('<div id="root">');
    }
    const asset = await fetch(new URL("/assets/index-3f9a.js", web));
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expectSecurityHeaders(asset.headers);
    const robots = await fetch(new URL("/robots.txt", web));
    expect(await robots.text()).toContain("Disallow");
    // A missing asset is a 404, not the app's page.
    expect((await fetch(new URL("/assets/gone-1234.js", web))).status).toBe(404);
    // The API keeps its answers.
    expect((await fetch(new URL("/health/live", web))).status).toBe(200);
    const unknownApi = await fetch(new URL("/health/nothing", web));
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await fetch(new URL("/graphql/extra", web))).status).toBe(404);
    expect((await fetch(new URL("/oidcx", web))).status).toBe(404);
    expect((await fetch(new URL("/cases/123", web), { method: "POST" })).status).toBe(404);
  });

  it("never serves a file outside the build, however the path is spelled", async () => {
    const secret = "not for the web";
    const attempts = [
      "/assets/../../secret.txt",
      "/assets/../../package.json",
      "/assets/..%2f..%2fsecret.txt",
      "/assets/%2e%2e/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/assets/..%5c..%5csecret.txt",
      "/assets/escape.js",
      "/assets/%00.js",
      "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/assets/.%2e/.%2e/secret.txt",
    ];
    for (const attempt of attempts) {
      const res = await rawGet(web, attempt);
      expect({ attempt, leaked: res.body.includes(secret) || res.body.includes('"name": "dovetail-graph"') || res.body.includes("root:") }).toEqual({ attempt, leaked: false });
      // Refused, or (once the URL's dot segments are resolved) one of the app's routes: its page.
      expect({ attempt, answer: res.status === 404 ? "refused" : res.status === 200 && res.body.includes('<div id="root">') ? "the app" : `${res.status}` }).toEqual({
        attempt,
        answer: expect.stringMatching(/^(refused|the app)$/),
      });
    }
  });
});

describe("the web front in production, with the development sign-in off and no build", () => {
  let platform: TestPlatform;
  let missing: string;

  beforeAll(async () => {
    missing = path.join(os.tmpdir(), `dovetail-no-web-${randomBytes(4).toString("hex")}`);
    platform = await startTestPlatform(sqliteTestDatabase(), {
      cases: 10,
      env: {
        NODE_ENV: "production",
        WEB_DIST_DIR: missing,
        PUBLIC_URL: "https://dovetail.example.org",
        AUTH_ISSUERS: JSON.stringify([
          { issuer: "https://login.partner.example/tenant", jwksUri: "https://login.partner.example/tenant/keys", clientId: "dovetail-pilot", name: "Partner sign-in" },
          { issuer: "https://api-only.example", jwksUri: "https://api-only.example/keys" },
        ]),
      },
    });
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  const local = (p: string) => `${platform.gatewayUrl.replace(/\/graphql$/, "")}${p}`;

  it("has no provider: /oidc answers 404", async () => {
    expect(platform.devProviderIssuer).toBeNull();
    for (const p of ["/oidc/.well-known/openid-configuration", "/oidc/auth", "/oidc/interaction/abc", "/oidc-assets/govuk.css"]) {
      expect({ p, status: (await fetch(local(p))).status }).toEqual({ p, status: 404 });
    }
  });

  it("says clearly that the app is not built", async () => {
    expect(platform.webBuilt).toBe(false);
    for (const p of ["/", "/cases/1"]) {
      const res = await fetch(local(p));
      expect(res.status).toBe(503);
      expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await res.text()).toMatch(/the web app is not built: run npm run build/i);
      expectSecurityHeaders(res.headers, ["https://login.partner.example"]);
    }
  });

  it("offers the partners registered with a clientId, and lets the app reach them (CSP)", async () => {
    expect(platform.webUrl).toBe("https://dovetail.example.org/");
    const res = await fetch(local("/app-config.json"));
    expect(await res.json()).toEqual({ graphqlUrl: "/graphql", environment: "production", issuers: [{ issuer: "https://login.partner.example/tenant", clientId: "dovetail-pilot", name: "Partner sign-in" }] });
    expectSecurityHeaders(res.headers, ["https://login.partner.example"]);
  });
});
