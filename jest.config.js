/** @type {import('jest').Config} */
const swc = {
  jsc: {
    parser: { syntax: "typescript", decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: "es2022",
    keepClassNames: true,
  },
  module: { type: "commonjs" },
  sourceMaps: "inline",
};

// oidc-provider (the development OpenID provider) is ESM only, and so is the jose it bundles. Built
// code loads it with a native import(); under jest, swc turns that into require(), which jest's
// registry cannot do for ESM on Node 20: swc compiles those files to CommonJS here instead.
const esm = { jsc: { parser: { syntax: "ecmascript" }, target: "es2022", keepClassNames: true }, module: { type: "commonjs" } };

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  // The browser journeys have their own command (npm run test:browser, jest.browser.config.js).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/browser/"],
  transform: { "^.+\\.ts$": ["@swc/jest", swc], "/node_modules/oidc-provider/.+\\.js$": ["@swc/jest", esm] },
  transformIgnorePatterns: ["^(?!.*/node_modules/oidc-provider/).*/node_modules/"],
  setupFiles: ["reflect-metadata"],
  // Jest's own output, then the list of suites skipped for want of TEST_DATABASE_URL,
  // TEST_REDIS_URL or a compose tool (and why), so a skip is never silent.
  reporters: ["default", "<rootDir>/tests/fixtures/skip-reporter.js"],
  testTimeout: 60000,
  // Suites share free ports and databases poorly on 2 cores: keep a modest worker count.
  maxWorkers: 2,
};
