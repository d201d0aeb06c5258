import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { DEV_PROVIDER_PATH, devProviderIssuer, devIssuerDir } from "../../common/auth/dev-issuer";
import type { Config } from "../../common/config";
import { serviceLogger } from "../../common/logger";
import { trustDevProvider, type GatewaySecurity } from "../security";
import { createDevProvider, WEB_CLIENT_ID, type DevProvider } from "./dev-provider";
import { GOVUK_STYLESHEET } from "./dev-provider-pages";
import { securityHeaders, setHeaders } from "./headers";
import { fileInside, IMMUTABLE, sendFile, sendText } from "./static-files";

/** One identity provider the web app offers for sign-in (`/app-config.json`). */
export interface AppIssuer {
  issuer: string;
  clientId: string;
  name: string;
}

/** `GET /app-config.json`: what the web app needs to know at run time. */
export interface AppConfig {
  graphqlUrl: string;
  environment: Config["env"];
  issuers: AppIssuer[];
}

export type WebFrontConfig = Pick<Config, "env" | "host" | "auth" | "web" | "rateLimits">;

/** API paths, and prefixes, never answered with the app's index.html. */
const API_PATHS = new Set(["/graphql", "/metrics", "/app-config.json"]);
const API_PREFIXES = ["/graphql/", "/health/", "/oidc", "/metrics/"];

const NOT_BUILT = "The web app is not built: run npm run build\n";
const STARTING = "Starting: try again in a moment\n";

/** The wildcard addresses a browser cannot use: the default public URL names the loopback instead. */
const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", "[::]"]);

function hostForUrl(host: string): string {
  if (WILDCARD_HOSTS.has(host)) return "127.0.0.1";
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/**
 * Everything the gateway serves to browsers beside `/graphql`: the built web app (`WEB_DIST_DIR`,
 * with index.html for every app route), `/app-config.json`, and the development OpenID provider at
 * `/oidc` (with its stylesheet at `/oidc-assets/`) when AUTH_DEV_ISSUER is on. Every answer
 * carries the strict Content-Security-Policy and the other security headers.
 */
export class WebFront {
  private publicUrl: string | null = null;
  private provider: LazyDevProvider | null = null;
  private headers: Record<string, string> = securityHeaders([]);
  private readonly log = serviceLogger("gateway");

  constructor(
    private readonly config: WebFrontConfig,
    /** The gateway's verifier, told to trust the development provider once its address is known. */
    private readonly security?: GatewaySecurity,
  ) {}

  /** Called once the gateway is bound: the public address (and the provider's issuer) follow from the port. */
  start(boundPort: number): void {
    const publicUrl = this.config.web.publicUrl ?? `http://${hostForUrl(this.config.host)}:${boundPort}`;
    const issuerOrigins = this.appIssuers(null).map((i) => new URL(i.issuer).origin).filter((o) => o !== publicUrl);
    this.headers = securityHeaders(issuerOrigins);
    if (this.config.auth.devIssuer) this.provider = this.devProvider(publicUrl);
    this.publicUrl = publicUrl;
  }

  /**
   * The development provider's issuer is trusted at once; the provider itself (oidc-provider and
   * its dependencies, about a second to load under jest) is built on the first request to /oidc.
   */
  private devProvider(publicUrl: string): LazyDevProvider | null {
    const { auth, env } = this.config;
    if (!auth.createKeys && !fs.existsSync(path.join(devIssuerDir(auth.keysDir), "private.pem"))) {
      // Production with AUTH_DEV_ISSUER=true and only the public key (docker/compose.yml gives the
      // gateway no more): `npm run token` tokens are trusted, but nothing here can sign any.
      this.log.warn({ keysDir: auth.keysDir }, "AUTH_DEV_ISSUER is on but the development issuer's private key is missing: the development sign-in (/oidc) is off");
      return null;
    }
    const issuer = devProviderIssuer(publicUrl);
    if (env === "production") this.log.warn({ issuer }, "AUTH_DEV_ISSUER=true: the development sign-in (any seeded persona, no password) is on in production");
    if (this.security) trustDevProvider(this.security, auth, publicUrl);
    let loading: Promise<DevProvider> | undefined;
    const load = () =>
      (loading ??= createDevProvider({
        publicUrl,
        audience: auth.audience,
        keysDir: auth.keysDir,
        createKeys: auth.createKeys,
        accessTokenTtlSeconds: auth.devTokenTtlSeconds,
        trustProxy: this.config.rateLimits.trustProxy,
        logger: this.log,
      }).catch((err: unknown) => {
        // The next request tries again.
        loading = undefined;
        throw err;
      }));
    return { issuer, load };
  }

  /** Where browsers open the app (`PUBLIC_URL/`); known once started. */
  get webUrl(): string {
    if (!this.publicUrl) throw new Error("the web front has not started");
    return `${this.publicUrl}/`;
  }

  /** The development OpenID provider's issuer, or null when it is off. */
  get devProviderIssuer(): string | null {
    return this.provider?.issuer ?? null;
  }

  /** Whether the built app is there (index.html in WEB_DIST_DIR). */
  get built(): boolean {
    return fs.existsSync(path.join(this.config.web.distDir, "index.html"));
  }

  appConfig(): AppConfig {
    return { graphqlUrl: "/graphql", environment: this.config.env, issuers: this.appIssuers(this.provider?.issuer ?? null) };
  }

  private appIssuers(devIssuer: string | null): AppIssuer[] {
    const partners = this.config.auth.issuers.flatMap((i) => (i.clientId ? [{ issuer: i.issuer, clientId: i.clientId, name: i.name ?? i.issuer }] : []));
    return [...(devIssuer ? [{ issuer: devIssuer, clientId: WEB_CLIENT_ID, name: "Development sign-in" }] : []), ...partners];
  }

  /** Answers what is the web's to answer (true), else leaves it to the JSON 404 (false). */
  handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean {
    const { pathname } = url;
    const method = req.method ?? "GET";
    if (pathname === DEV_PROVIDER_PATH || pathname.startsWith(`${DEV_PROVIDER_PATH}/`)) {
      const provider = this.provider;
      if (!provider) return false;
      this.serve(res, async () => (await provider.load()).handle(req, res));
      return true;
    }
    if (method !== "GET" && method !== "HEAD") return false;
    if (pathname.startsWith("/oidc-assets/")) {
      if (!this.provider) return false;
      this.serve(res, () => this.sendSignInAsset(req, res, pathname));
      return true;
    }
    if (pathname === "/app-config.json") {
      const body = `${JSON.stringify(this.appConfig())}\n`;
      setHeaders(res, this.headers);
      res.writeHead(this.publicUrl ? 200 : 503, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), "cache-control": "no-store" });
      res.end(method === "HEAD" ? undefined : body);
      return true;
    }
    if (API_PATHS.has(pathname) || API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return false;
    this.serve(res, () => this.sendApp(req, res, pathname));
    return true;
  }

  private serve(res: http.ServerResponse, send: () => Promise<void>): void {
    setHeaders(res, this.headers);
    send().catch((err: unknown) => {
      this.log.error({ err }, "web front failed");
      if (!res.headersSent) sendText(res, 500, "Internal server error\n");
      else res.destroy();
    });
  }

  private async sendApp(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    const dist = this.config.web.distDir;
    if (!this.publicUrl) return sendText(res, 503, STARTING, { "retry-after": "1", "cache-control": "no-store" });
    if (!this.built) return sendText(res, 503, NOT_BUILT, { "cache-control": "no-store" });
    const file = pathname === "/" ? null : await fileInside(dist, pathname);
    if (pathname.startsWith("/assets/")) {
      // A missing asset is a 404, never the app's page (a browser would run HTML as a script).
      return file ? sendFile(req, res, file, { "cache-control": IMMUTABLE }) : sendText(res, 404, "Not found\n", { "cache-control": "no-store" });
    }
    if (file && path.basename(file) !== "index.html") return sendFile(req, res, file, { "cache-control": "no-cache" });
    // Every other path is one of the app's routes (/cases/123, /auth/callback): its page decides.
    return sendFile(req, res, path.join(dist, "index.html"), { "cache-control": "no-store" });
  }

  /** govuk-frontend's stylesheet, fonts and images for the sign-in pages. */
  private async sendSignInAsset(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    const root = govukAssetsDir();
    if (pathname === GOVUK_STYLESHEET) {
      const css = root ? await govukStylesheet(root) : null;
      if (!css) return sendText(res, 404, "Not found\n");
      res.writeHead(200, { "content-type": "text/css; charset=utf-8", "content-length": Buffer.byteLength(css), "cache-control": "public, max-age=3600" });
      res.end(req.method === "HEAD" ? undefined : css);
      return;
    }
    const file = root ? await fileInside(path.join(root, "assets"), pathname.slice("/oidc-assets".length)) : null;
    return file ? sendFile(req, res, file, { "cache-control": "public, max-age=3600" }) : sendText(res, 404, "Not found\n");
  }
}

interface LazyDevProvider {
  issuer: string;
  load(): Promise<DevProvider>;
}

let govukRoot: string | null | undefined;

/** node_modules/govuk-frontend/dist/govuk, when installed (a devDependency: not in the production image). */
function govukAssetsDir(): string | null {
  if (govukRoot === undefined) {
    try {
      govukRoot = path.dirname(require.resolve("govuk-frontend/dist/govuk/govuk-frontend.min.css"));
    } catch {
      govukRoot = null;
    }
  }
  return govukRoot;
}

let govukCss: Promise<string> | undefined;

/** Its compiled stylesheet, pointing at its fonts and images where this origin serves them. */
function govukStylesheet(root: string): Promise<string> {
  govukCss ??= fs.promises.readFile(path.join(root, "govuk-frontend.min.css"), "utf8").then((css) => css.replace(/url\(\/assets\//g, "url(/oidc-assets/"));
  return govukCss;
}

/** The web front for a gateway: pass it to createGatewayApp, which starts it once bound. */
export function createWebFront(config: WebFrontConfig, security?: GatewaySecurity): WebFront {
  return new WebFront(config, security);
}
