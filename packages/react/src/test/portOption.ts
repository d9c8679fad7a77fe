import type { RJSFSchema } from "@rjsf/utils";

/** A root schema whose `port` is a `$ref` into its definitions: what an option's `$ref` is resolved against. */
export const portRoot: RJSFSchema = {
  definitions: { port: { type: "integer", minimum: 1 } },
  properties: { port: { $ref: "#/definitions/port" } },
};

/** A oneOf option with a `const` discriminator and a `$ref` into {@link portRoot}'s definitions. */
export const portOption: RJSFSchema = {
  type: "object",
  required: ["auth_type", "port"],
  properties: { auth_type: { const: "key" }, port: { $ref: "#/definitions/port" } },
};
