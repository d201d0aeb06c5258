import { hkdfSync } from "node:crypto";
import type http from "node:http";
import type { Configuration, KoaContextWithOIDC, Provider } from "oidc-provider";
import type * as OidcProvider from "oidc-provider";
import type * as MemoryAdapter from "oidc-provider/lib/adapters/memory_adapter.js";
import { DEV_ALGORITHM, DEV_PROVIDER_PATH, devProviderIssuer, devSigningJwk } from "../../common/auth/dev-issuer";
import type { Logger } from "../../common/logger";
import { PERSONAS, type Persona } from "../../seed/generate";
import { agencyNameOf, errorPage, signedOutPage, signInPage, signOutPage } from "./dev-provider-pages";
import { sendHtml } from "./static-files";

/**
 * The development OpenID provider: oidc-provider mounted at `PUBLIC_URL/oidc`, signing with the
 * development issuer's key, its accounts the seeded personas. The web app signs in through it with
 * the authorization code flow and PKCE; the gateway trusts its access tokens as it trusts
 * `npm run token`'s. It runs only where AUTH_DEV_ISSUER is on (never by default in production).
 */

/** The web app's client: public (no secret), PKCE S256, refresh tokens rotated on each use. */
export const WEB_CLIENT_ID = "dovetail-web";
export const WEB_CLIENT_SCOPE = "openid profile offline_access";

/** Sessions, grants and refresh tokens last a working day. */
const WORKING_DAY_SECONDS = 8 * 3600;
const MAX_FORM_BYTES = 8 * 1024;

export interface DevProviderOptions {
  /** Where browsers reach the gateway: an origin, no trailing slash. */
  publicUrl: string;
  /** `aud` of the access tokens: the gateway's AUTH_AUDIENCE. */
  audience: string;
  keysDir: string;
  createKeys: boolean;
  accessTokenTtlSeconds: number;
  /** Behind a trusted reverse proxy: take the scheme and host from X-Forwarded-*. */
  trustProxy: boolean;
  logger?: Logger;
}

export interface DevProvider {
  readonly issuer: string;
  /** Answers a request whose path is under /oidc. */
  handle(req: http.IncomingMessage, res: http.ServerResponse): void;
}

/**
 * oidc-provider is ESM only. Compiled by tsc (module node16: a CommonJS build), this `import()`
 * stays a real dynamic import, which Node loads natively. Under jest, @swc/jest turns `import()`
 * into `require()`, and jest's own module registry can neither require ESM on Node 20 (it does on
 * Node 24.9+) nor run a native `import()` without --experimental-vm-modules: jest.config.js lets
 * swc compile oidc-provider (and the jose it bundles) to CommonJS instead. Either way the same code
 * runs (it has no top-level await), in the caller's realm. Node's own require(esm) is no way out
 * under jest: jest intercepts createRequire too, and a module loaded outside its sandbox sees the
 * sandbox's objects as foreign (oidc-provider checks `value.constructor === Object`).
 *
 * oidc-provider 9 also warns, once, on any Node below 22 LTS. package.json's engines say 20.12+;
 * the flows used here are tested on Node 20.20 (tests/e2e/web-sign-in.e2e.test.ts). That one
 * line is dropped; any other warning passes.
 */
async function loadOidcProvider(): Promise<{ oidc: typeof OidcProvider; memory: typeof MemoryAdapter }> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].startsWith("oidc-provider WARNING: Unsupported runtime")) return;
    warn.apply(console, args);
  };
  try {
    const [oidc, memory] = await Promise.all([import("oidc-provider"), import("oidc-provider/lib/adapters/memory_adapter.js")]);
    return { oidc, memory };
  } finally {
    console.warn = warn;
  }
}

function personaOf(id: string | undefined): Persona | undefined {
  return PERSONAS.find((p) => p.id === id);
}

/** What the ID token says of a persona under the `profile` scope. */
function profileClaims(persona: Persona): Record<string, unknown> {
  const agencyName = agencyNameOf(persona.agencyId);
  return { sub: persona.id, name: persona.name, agency: persona.agencyId, ...(agencyName ? { agency_name: agencyName } : {}), roles: [...persona.roles] };
}

export async function createDevProvider(options: DevProviderOptions): Promise<DevProvider> {
  const { oidc, memory } = await loadOidcProvider();
  const issuer = devProviderIssuer(options.publicUrl);
  const appUrl = options.publicUrl;
  // The resource the access tokens are for: the GraphQL API on this origin. Its `aud` is AUTH_AUDIENCE.
  const resource = `${options.publicUrl}/graphql`;
  const jwk = devSigningJwk(options.keysDir, options.createKeys);
  // Cookie signing keys from the key material, so a restart keeps browsers' cookies valid.
  const cookieKey = Buffer.from(hkdfSync("sha256", String(jwk.d), "dovetail-dev-provider", "cookie keys", 32)).toString("base64url");

  const configuration: Configuration = {
    // oidc-provider's own in-memory storage: sessions, grants and tokens are lost on restart and
    // not shared between processes, which is fine for development. Passed as a factory so the
    // library does not print its quick-start warning about it.
    adapter: memory.createMemoryAdapter(),
    jwks: { keys: [{ ...jwk }] },
    cookies: {
      keys: [cookieKey],
      long: { httpOnly: true, sameSite: "lax", path: DEV_PROVIDER_PATH },
      short: { httpOnly: true, sameSite: "lax", path: DEV_PROVIDER_PATH },
    },
    clients: [
      {
        client_id: WEB_CLIENT_ID,
        client_name: "Dovetail",
        application_type: "web",
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        redirect_uris: [`${appUrl}/auth/callback`],
        post_logout_redirect_uris: [`${appUrl}/`],
        scope: WEB_CLIENT_SCOPE,
      },
    ],
    scopes: WEB_CLIENT_SCOPE.split(" "),
    claims: { acr: null, auth_time: null, iss: null, sid: null, openid: ["sub"], profile: ["name", "agency", "agency_name", "roles"] },
    // The app reads who signed in from the ID token: the access tokens are for the API, not userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris.some((uri) => new URL(uri).origin === origin),
    findAccount: async (_ctx, sub) => {
      const persona = personaOf(sub);
      return persona ? { accountId: persona.id, claims: () => profileClaims(persona) } : undefined;
    },
    // Exactly the claims the gateway verifies today, beside the ones oidc-provider always writes
    // (iss, aud, sub, exp, iat, jti, client_id and scope when there is one).
    extraTokenClaims: async (_ctx, token) => {
      const persona = token.kind === "AccessToken" ? personaOf(token.accountId) : undefined;
      return persona ? { agency: persona.agencyId, roles: [...persona.roles] } : undefined;
    },
    // Refresh tokens for the app to renew silently, whether or not it asked for offline_access
    // (which oidc-provider, as OpenID Connect says, keeps only with prompt=consent). Like every
    // token here they end with the session: signing out revokes them.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    expiresWithSession: async () => true,
    // A first-party app: consent is given for it, never asked.
    loadExistingGrant: async (ctx) => {
      const { client, session, result } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const grant = (grantId ? await provider.Grant.find(grantId) : undefined) ?? new provider.Grant({ accountId: session.accountId, clientId: client.clientId });
      grant.addOIDCScope(WEB_CLIENT_SCOPE);
      grant.addResourceScope(resource, "");
      await grant.save();
      return grant;
    },
    interactions: { url: async (_ctx, interaction) => `${DEV_PROVIDER_PATH}/interaction/${interaction.uid}` },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = errorPage({ appUrl, title: "Sign-in failed", details: out });
    },
    ttl: {
      AccessToken: options.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: WORKING_DAY_SECONDS,
      Grant: WORKING_DAY_SECONDS,
      // A rotated refresh token keeps what was left of its predecessor's life.
      RefreshToken: (ctx) => ctx?.oidc.entities.RotatedRefreshToken?.remainingTTL ?? WORKING_DAY_SECONDS,
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = "html";
          ctx.body = signOutPage({ appUrl, form });
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = "html";
          ctx.body = signedOutPage({ appUrl });
        },
      },
      resourceIndicators: {
        enabled: true,
        // The app sends no `resource`: every token is for the API.
        defaultResource: async () => resource,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, indicator) => {
          if (indicator !== resource) throw new oidc.errors.InvalidTarget(`the only resource here is ${resource}`);
          return { scope: "", audience: options.audience, accessTokenTTL: options.accessTokenTtlSeconds, accessTokenFormat: "jwt", jwt: { sign: { alg: DEV_ALGORITHM } } };
        },
      },
    },
  };

  const provider: Provider = new oidc.Provider(issuer, configuration);
  provider.proxy = options.trustProxy;
  provider.on("server_error", (_ctx: unknown, err: unknown) => options.logger?.error({ err }, "development sign-in failed"));
  provider.use(async (ctx, next) => {
    await next();
    skipEmptySignOut(ctx, appUrl);
  });
  const callback = provider.callback();

  const interactions = async (req: http.IncomingMessage, res: http.ServerResponse, uid: string, login: boolean): Promise<void> => {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch (err) {
      if (!(err instanceof oidc.errors.SessionNotFound)) throw err;
    }
    if (!details || details.uid !== uid || details.prompt.name !== "login") {
      sendHtml(res, 400, errorPage({ appUrl, title: "This sign-in has expired", details: {} }));
      return;
    }
    const action = `${DEV_PROVIDER_PATH}/interaction/${uid}/login`;
    if (!login) {
      sendHtml(res, 200, signInPage({ appUrl, action, personas: PERSONAS }));
      return;
    }
    const persona = personaOf((await readForm(req)).get("persona") ?? undefined);
    if (!persona) {
      sendHtml(res, 400, signInPage({ appUrl, action, personas: PERSONAS, error: "Choose a persona to sign in as" }));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: persona.id } }, { mergeWithLastSubmission: false });
  };

  return {
    issuer,
    handle(req, res) {
      const original = req.url ?? "/";
      const pathname = original.split("?")[0]!;
      const interaction = /^\/oidc\/interaction\/([A-Za-z0-9_-]{1,64})(\/login)?$/.exec(pathname);
      if (interaction) {
        const login = interaction[2] !== undefined;
        if (req.method !== (login ? "POST" : "GET") && !(req.method === "HEAD" && !login)) {
          sendHtml(res, 405, errorPage({ appUrl, title: "Method not allowed", details: {} }), { allow: login ? "POST" : "GET, HEAD" });
          return;
        }
        interactions(req, res, interaction[1]!, login).catch((err: unknown) => {
          options.logger?.error({ err }, "development sign-in failed");
          if (!res.headersSent) sendHtml(res, 500, errorPage({ appUrl, title: "Sign-in failed", details: {} }));
          else res.destroy();
        });
        return;
      }
      // Mounted as express mounts it: the provider routes on the rest of the path and builds its
      // URLs from `originalUrl`.
      (req as http.IncomingMessage & { originalUrl?: string }).originalUrl = original;
      req.url = original.slice(DEV_PROVIDER_PATH.length) || "/";
      void callback(req, res);
    },
  };
}

/**
 * A sign-out with no one signed in (the provider restarted, or the session ended) would get
 * oidc-provider's self-submitting form, an inline script: there is nothing to end, so go straight
 * to the address the app gave (already checked against the client's), or to the signed-out page.
 */
function skipEmptySignOut(ctx: KoaContextWithOIDC, appUrl: string): void {
  if (ctx.oidc?.route !== "end_session" || ctx.status !== 200 || ctx.oidc.session?.accountId) return;
  const target = ctx.oidc.params?.post_logout_redirect_uri;
  if (typeof target !== "string") {
    ctx.type = "html";
    ctx.body = signedOutPage({ appUrl });
    return;
  }
  const url = new URL(target);
  const state = ctx.oidc.params?.state;
  if (typeof state === "string") url.searchParams.set("state", state);
  ctx.status = 303;
  ctx.redirect(url.href);
}

function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_FORM_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(new URLSearchParams(size <= MAX_FORM_BYTES ? Buffer.concat(chunks).toString("utf8") : "")));
    req.on("error", reject);
  });
}
