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

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  transform: { "^.+\\.ts$": ["@swc/jest", swc] },
  setupFiles: ["reflect-metadata"],
  testTimeout: 60000,
  // Suites share free ports and databases poorly on 2 cores: keep a modest worker count.
  maxWorkers: 2,
};
