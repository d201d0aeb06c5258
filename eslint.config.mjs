// @ts-check
import { isBuiltin } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, globalIgnores } from "eslint/config";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Node's built-in modules named with the `node:` scheme, in every form a module is named in:
 * import/export declarations, `import()` (also as a type), `import x = require()`, `require()`,
 * and jest's `jest.mock()`/`jest.requireActual()`. (eslint-plugin-import-x has no such rule yet.)
 */
const nodeProtocol = {
  meta: {
    type: "suggestion",
    fixable: "code",
    docs: { description: "Name Node.js built-in modules with the node: scheme" },
    messages: { prefix: "Import Node's `{{name}}` as `node:{{name}}`." },
    schema: [],
  },
  /** @param {import("eslint").Rule.RuleContext} context */
  create(context) {
    /** @param {any} node */
    const check = (node) => {
      if (node?.type !== "Literal" || typeof node.value !== "string") return;
      const name = node.value;
      if (name.startsWith("node:") || !isBuiltin(name) || !isBuiltin(`node:${name}`)) return;
      context.report({
        node,
        messageId: "prefix",
        data: { name },
        fix: (fixer) => fixer.insertTextAfterRange([node.range[0] + 1, node.range[0] + 1], "node:"),
      });
    };
    const JEST_CALLS = new Set(["mock", "unmock", "doMock", "dontMock", "requireActual", "requireMock"]);
    return {
      /** @param {any} node */
      "ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration, ImportExpression"(node) {
        check(node.source);
      },
      /** @param {any} node */
      TSImportType(node) {
        check(node.argument?.literal ?? node.source);
      },
      /** @param {any} node */
      TSExternalModuleReference(node) {
        check(node.expression);
      },
      /** @param {any} node */
      CallExpression(node) {
        const callee = node.callee;
        const isRequire = callee.type === "Identifier" && callee.name === "require";
        const isJest =
          callee.type === "MemberExpression" &&
          callee.object.type === "Identifier" &&
          callee.object.name === "jest" &&
          callee.property.type === "Identifier" &&
          JEST_CALLS.has(callee.property.name);
        if (isRequire || isJest) check(node.arguments[0]);
      },
    };
  },
};

const local = { rules: { "node-protocol": nodeProtocol } };

/** The type-aware rules, for every TypeScript program. */
const TYPED_RULES = {
  "@typescript-eslint/no-floating-promises": "error",
  "@typescript-eslint/no-misused-promises": "error",
  "@typescript-eslint/switch-exhaustiveness-check": "error",
  "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
  "@typescript-eslint/no-import-type-side-effects": "error",
};

/** Files that only run under the build, the tests or the tools: they may use devDependencies. */
const DEV_FILES = ["tests/**", "web/**", "*.config.{js,mjs}"];

export default defineConfig(
  globalIgnores(["**/node_modules/", "dist/", "web/dist/", "coverage/", "clients/generated/", "web/src/generated/", "bench/results/"]),
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  {
    files: ["**/*.{ts,tsx,mts,cts,js,mjs,cjs}"],
    plugins: { "import-x": importX, local },
    languageOptions: { ecmaVersion: 2023, sourceType: "module" },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".mts", ".js", ".mjs", ".cjs", ".json", ".node"] })],
    },
    rules: {
      "local/node-protocol": "error",
      "import-x/no-extraneous-dependencies": [
        "error",
        { devDependencies: DEV_FILES, optionalDependencies: false, peerDependencies: false, includeTypes: true, packageDir: [root] },
      ],
    },
  },
  // The benchmark has its own package.json (autocannon, the peer gateway) and uses the platform's
  // dependencies for everything else.
  {
    files: ["bench/**"],
    rules: {
      "import-x/no-extraneous-dependencies": [
        "error",
        { devDependencies: false, optionalDependencies: false, peerDependencies: false, includeTypes: true, packageDir: [root, path.join(root, "bench")] },
      ],
    },
  },
  // TypeScript, type-aware: each file is checked in the program of its nearest tsconfig.json
  // (tsconfig.json, web/tsconfig.json, bench/tsconfig.json).
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    extends: [tseslint.configs.base],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: TYPED_RULES,
  },
  // The server's entities and resolvers use legacy decorators with emitted metadata: an import used
  // only in a decorated member's type annotation is still needed at run time, and the rule must
  // know it (it reads these options from tsconfig.json as well; stated here so it never depends on it).
  {
    files: ["{common,gateway,platform,scripts,seed,subgraphs,clients,tests,bench}/**/*.ts"],
    languageOptions: {
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
  },
  // The web app's build configuration and scripts belong to web/tsconfig.node.json (checkJs).
  {
    files: ["web/vite.config.mts", "web/scripts/**/*.mjs"],
    extends: [tseslint.configs.base],
    languageOptions: {
      parserOptions: { projectService: false, project: path.join(root, "web/tsconfig.node.json"), tsconfigRootDir: root },
    },
    rules: TYPED_RULES,
  },
  // Plain CommonJS JavaScript outside any tsconfig: jest's configs and two test fixtures.
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
  },
);
