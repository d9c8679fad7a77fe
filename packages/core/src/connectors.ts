/**
 * `@credential-form/core/connectors` — editing a stored connector: the update body from the loaded config and the
 * user's edits, and the mask Airbyte shows for stored secrets. An entry of its own so that hosts which only
 * create sources do not ship it (the client's connector calls are loaded on demand). `longStrings` is the rule
 * both core and an edit form use for which typed strings to keep out of errors and events; `scrubSecrets` the
 * matcher an edit form runs its errors through. `storedOneOfChoices` gives the oneOf options a stored config uses as
 * the edit's picks.
 */
export type { BuildConnectorUpdateInput, ConnectorUpdate } from "./api/buildConnectorUpdate.js";
export { buildConnectorUpdate } from "./api/buildConnectorUpdate.js";
export { MASKED_SECRET } from "./api/MASKED_SECRET.js";
export { scrubSecrets } from "./api/scrubSecrets.js";
export type { StoredOneOfChoicesInput } from "./api/storedOneOfChoices.js";
export { storedOneOfChoices } from "./api/storedOneOfChoices.js";
export { longStrings } from "./shared/longStrings.js";
