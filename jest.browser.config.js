/** @type {import('jest').Config} */
// `npm run test:browser`: the journeys in a real browser (Debian's Chromium through playwright-core),
// against the platform started on free ports with the built web app. One worker: one browser.
const base = require("./jest.config.js");

module.exports = {
  ...base,
  roots: ["<rootDir>/tests/browser"],
  testMatch: ["**/*.browser.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 120000,
  maxWorkers: 1,
  reporters: ["default"],
};
