// Helpers for tests that run in a real browser (they load axe-core, which Node tests should not).
export { axeViolations } from "./axeViolations.js";
