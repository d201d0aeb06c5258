import { createRequire } from "node:module";
import path from "node:path";

/**
 * The benchmark's own dependencies live in bench/node_modules (its own install, so the root stays
 * lean), while its compiled code sits in dist/ beside the platform's and must use the platform's
 * copies of everything else: so they are required from bench/ explicitly.
 */
export const benchRequire = createRequire(path.resolve(__dirname, "../../../bench/package.json"));
