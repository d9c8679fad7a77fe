export type { FixtureRegistry, FixtureSchema, FixtureSource } from "./registry.js";
export { allSources, getSource, getSourceById, loadRegistry } from "./registry.js";
