import { UserManager, WebStorageStateStore, type User } from "oidc-client-ts";
import type { AppConfig, AppIssuer } from "./app-config";
import { isRole, type Role } from "./roles";

/**
 * Sign-in with OpenID Connect (authorization code flow with PKCE) through oidc-client-ts, against
 * the providers `/app-config.json` lists. Tokens live in session storage (this tab only, gone when
 * it closes), never in local storage; the access token is renewed silently with the refresh token.
 */

/** Who is signed in, from the ID token. */
export interface Me {
  sub: string;
  name: string;
  agencyId: string;
  agencyName: string;
  roles: Role[];
  issuer: string;
}

/** What the app returns to after signing in (kept in the sign-in request's state). */
interface SignInState {
  returnTo: string;
}

const ISSUER_KEY = "dovetail.issuer";

let config: AppConfig | null = null;
let manager: UserManager | null = null;
let user: User | null = null;
let me: Me | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function managerFor(issuer: AppIssuer): UserManager {
  const origin = window.location.origin;
  const store = new WebStorageStateStore({ store: window.sessionStorage });
  const created = new UserManager({
    authority: issuer.issuer,
    client_id: issuer.clientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: "code",
    scope: "openid profile offline_access",
    userStore: store,
    stateStore: store,
    automaticSilentRenew: true,
    // The ID token has what we need; the development provider has no userinfo endpoint.
    loadUserInfo: false,
    monitorSession: false,
  });
  created.events.addUserLoaded((loaded) => setUser(loaded));
  created.events.addUserUnloaded(() => setUser(null));
  created.events.addSilentRenewError(() => {
    // The refresh token is spent or the provider's session ended: the next request that needs
    // the API sends the user to sign in again (their drafts are kept).
    renewFailed = true;
  });
  return created;
}

let renewFailed = false;

function setUser(next: User | null): void {
  user = next;
  me = next ? meOf(next, manager?.settings.authority ?? "") : null;
  if (next) renewFailed = false;
  notify();
}

function meOf(signedIn: User, issuer: string): Me {
  const profile = signedIn.profile as Record<string, unknown>;
  const roles = Array.isArray(profile.roles) ? profile.roles.filter((r): r is Role => typeof r === "string" && isRole(r)) : [];
  return {
    sub: signedIn.profile.sub,
    name: typeof profile.name === "string" ? profile.name : signedIn.profile.sub,
    agencyId: typeof profile.agency === "string" ? profile.agency : "",
    agencyName: typeof profile.agency_name === "string" ? profile.agency_name : typeof profile.agency === "string" ? profile.agency : "",
    roles,
    issuer,
  };
}

function issuerNamed(issuer: string | null): AppIssuer | undefined {
  return config?.issuers.find((i) => i.issuer === issuer);
}

/** Reads the signed-in user, if any, of the provider this tab last used. */
export async function startSession(appConfig: AppConfig): Promise<void> {
  config = appConfig;
  const chosen = issuerNamed(window.sessionStorage.getItem(ISSUER_KEY)) ?? (appConfig.issuers.length === 1 ? appConfig.issuers[0] : undefined);
  if (!chosen) return;
  manager = managerFor(chosen);
  const stored = await manager.getUser();
  // An expired access token with a refresh token renews on first use (accessToken below).
  setUser(stored && (!stored.expired || stored.refresh_token) ? stored : null);
  await manager.clearStaleState();
}

export function appConfig(): AppConfig {
  if (!config) throw new Error("the session has not started");
  return config;
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const currentMe = (): Me | null => me;

/** Sends the browser to the provider to sign in, then back to `returnTo`. */
export async function signIn(issuer: AppIssuer, returnTo: string): Promise<void> {
  window.sessionStorage.setItem(ISSUER_KEY, issuer.issuer);
  if (!manager || manager.settings.authority !== issuer.issuer) manager = managerFor(issuer);
  const state: SignInState = { returnTo: safeReturnTo(returnTo) };
  await manager.signinRedirect({ state });
}

/** On `/auth/callback`: exchanges the code (with the PKCE verifier) for tokens. Returns where to go. */
export async function completeSignIn(): Promise<string> {
  if (!manager) {
    const chosen = issuerNamed(window.sessionStorage.getItem(ISSUER_KEY));
    if (!chosen) throw new Error("This sign-in was not started in this browser tab. Start again.");
    manager = managerFor(chosen);
  }
  const signedIn = await manager.signinRedirectCallback();
  setUser(signedIn);
  const state = signedIn.state as Partial<SignInState> | undefined;
  return safeReturnTo(state?.returnTo ?? "/");
}

/** Back from the provider's sign-out page (`/?state=...`): forget the request. */
export async function completeSignOut(): Promise<void> {
  if (!manager) return;
  try {
    await manager.signoutRedirectCallback();
  } catch {
    // Nothing to finish (a reload of the page): nothing to do.
  }
}

/** Ends the session at the provider too (its sign-out page), then comes back to the app. */
export async function signOut(): Promise<void> {
  clearTabData();
  if (!manager) return;
  // With a state, the provider comes back to `/?state=...`: the app then says the user signed out.
  try {
    await manager.signoutRedirect({ state: { signedOut: true } });
  } catch (err) {
    // The provider cannot be reached: end the session here at least (the tokens go), and show
    // the sign-in page rather than leave a disabled button.
    console.error("sign-out at the provider failed; signed out in this browser only", err);
    await manager.removeUser();
    window.location.assign("/");
  }
}

/** What this tab keeps about the work in hand (drafts, the stated purpose): gone at sign-out. */
function clearTabData(): void {
  for (const key of Object.keys(window.sessionStorage)) {
    if (key.startsWith("dovetail.draft:") || key === "dovetail.purpose") window.sessionStorage.removeItem(key);
  }
}

/**
 * The access token to send, renewed with the refresh token when it has expired. Null when the
 * session cannot be renewed: the caller sends the user to sign in (`signInAgain`).
 */
export async function accessToken(): Promise<string | null> {
  if (!user || !manager) return null;
  if (!user.expired) return user.access_token;
  return renew();
}

let renewing: Promise<string | null> | null = null;

/** A renewal (expired, or the API answered 401), one at a time; null if the session is over. */
export function renew(): Promise<string | null> {
  renewing ??= renewOnce().finally(() => {
    renewing = null;
  });
  return renewing;
}

async function renewOnce(): Promise<string | null> {
  if (!manager || !user?.refresh_token || renewFailed) return null;
  try {
    const renewed = await manager.signinSilent();
    return renewed?.access_token ?? null;
  } catch {
    renewFailed = true;
    return null;
  }
}

/**
 * The session is over: sign in again and come back to this page. What the user typed is kept
 * (forms keep drafts in session storage, see useDraft) and restored when they are back.
 */
let signingInAgain: Promise<void> | null = null;

export function signInAgain(): Promise<void> {
  // Several requests may find the session over at once: one redirect.
  signingInAgain ??= redirectToSignIn().finally(() => {
    signingInAgain = null;
  });
  return signingInAgain;
}

async function redirectToSignIn(): Promise<void> {
  const issuer = issuerNamed(manager?.settings.authority ?? null) ?? config?.issuers[0];
  if (!manager || !issuer) {
    setUser(null);
    return;
  }
  await manager.removeUser();
  await signIn(issuer, `${window.location.pathname}${window.location.search}`);
}

/** Only a path of this app: never an absolute URL (an open redirect) or the callback itself. */
function safeReturnTo(returnTo: string): string {
  if (!returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.startsWith("/auth/")) return "/";
  return returnTo;
}
