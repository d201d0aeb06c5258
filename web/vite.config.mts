import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const web = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(web, "..");
// Where `npm start` serves the gateway: the dev server sends it the API, the sign-in and the config.
const gateway = process.env.GATEWAY_URL ?? "http://127.0.0.1:4000";

/**
 * GOV.UK Frontend keeps a few Internet Explorer hacks (`@media screen\0`, `(min-width: 0\0)`) that
 * Vite's CSS minifier (lightningcss) rejects. They only ever matched IE, which the app does not
 * support: the blocks are dropped from the compiled Sass before minification.
 */
// Sass prints the hacks' `\0` escape as U+FFFD.
const HACK = /\\0|\uFFFD/;

function dropInternetExplorerHacks(): Plugin {
  return {
    name: "dovetail:drop-ie-css-hacks",
    transform(code, id) {
      if (!/\.scss($|\?)/.test(id) || !HACK.test(code)) return null;
      return { code: withoutHackBlocks(code), map: null };
    },
  };
}

function withoutHackBlocks(css: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const start = css.indexOf("@media", at);
    if (start < 0) break;
    const open = css.indexOf("{", start);
    if (open < 0) break;
    if (!HACK.test(css.slice(start, open))) {
      out += css.slice(at, open + 1);
      at = open + 1;
      continue;
    }
    let depth = 1;
    let i = open + 1;
    for (; i < css.length && depth > 0; i++) {
      if (css[i] === "{") depth++;
      else if (css[i] === "}") depth--;
    }
    out += css.slice(at, start);
    at = i;
  }
  return out + css.slice(at);
}

export default defineConfig({
  root: web,
  base: "/",
  plugins: [react(), dropInternetExplorerHacks()],
  resolve: {
    alias: {
      // The design systems' images, referenced from their Sass: emitted as hashed files under /assets.
      "@govuk-assets": path.join(root, "node_modules/govuk-frontend/dist/govuk/assets"),
      "@moj-assets": path.join(root, "node_modules/@ministryofjustice/frontend/moj/assets"),
    },
  },
  css: {
    preprocessorOptions: {
      // MOJ Frontend loads GOV.UK Frontend as `node_modules/govuk-frontend/...`: from the repository root.
      scss: { loadPaths: [root], quietDeps: true },
    },
  },
  build: {
    outDir: path.join(web, "dist"),
    emptyOutDir: true,
    manifest: true,
    // No inline script anywhere (the gateway's CSP is `script-src 'self'`): no preload polyfill.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    target: "es2022",
  },
  server: {
    host: "127.0.0.1",
    port: 5173,
    // The Host header passes unchanged, so the development provider (PUBLIC_URL set to this
    // server's address) names this origin in its endpoints and redirects.
    proxy: Object.fromEntries(["/graphql", "/oidc", "/app-config.json"].map((path) => [path, { target: gateway, changeOrigin: false }])),
  },
});
