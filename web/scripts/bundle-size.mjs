// After `vite build`: the gzipped size of the JavaScript the first page loads (the entry and its
// static imports, from web/dist/.vite/manifest.json), then what the caseload adds once signed in.
// Fails the build when the first page's JavaScript is over the budget (250 KB gzipped).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 250;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");
/** @type {Record<string, { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }>} */
const manifest = JSON.parse(fs.readFileSync(path.join(dist, ".vite/manifest.json"), "utf8"));

/** @param {string} file */
const gzipped = (file) => gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The chunk's own file and every chunk it imports statically (loaded with it), once each.
 * @param {string} key
 * @param {Set<string>} seen
 * @returns {Set<string>}
 */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
}

/** @param {Iterable<string>} keys */
const files = (keys) => [...keys].map((k) => manifest[k]?.file ?? k);
/** @param {string[]} list */
const total = (list) => list.reduce((sum, f) => sum + gzipped(f), 0);

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entry) throw new Error("no entry in the build manifest");
const first = closure(entry);
const firstJs = total(files(first));
const css = total(manifest[entry]?.css ?? []);

const caseload = Object.keys(manifest).find((k) => k.endsWith("caseload/caseload-page.tsx"));
const caseloadKeys = caseload ? [...closure(caseload)].filter((k) => !first.has(k)) : [];
const caseloadJs = total(files(caseloadKeys));

console.log(`web: the first page loads ${kb(firstJs)} of JavaScript gzipped (${files(first).join(", ")}), and ${kb(css)} of CSS`);
console.log(`web: the caseload adds ${kb(caseloadJs)} gzipped once signed in (${files(caseloadKeys).join(", ") || "nothing"}): ${kb(firstJs + caseloadJs)} in all`);
if (firstJs > BUDGET_KB * 1024) {
  console.error(`web: over the budget of ${BUDGET_KB} KB gzipped for the first page's JavaScript`);
  process.exit(1);
}
