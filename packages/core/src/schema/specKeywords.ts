// The keyword tables of `normalizeSpec` (and its steps).

/** Keyword misspellings found in real specs, mapped to the keyword they mean. */
export const KEYWORD_TYPOS: Readonly<Record<string, string>> = {
  tittle: "title",
  'title"': "title",
  desciption: "description",
  desciprtion: "description",
  descripton: "description",
  mininum: "minimum",
  maxitems: "maxItems",
  minitems: "minItems",
  maxlength: "maxLength",
  minlength: "minLength",
};

// Keyword tables are space-separated strings split once: lighter in the bundle than array literals.
export const NUMERIC_KEYWORDS =
  "minimum maximum exclusiveMinimum exclusiveMaximum multipleOf minLength maxLength minItems maxItems order".split(
    " ",
  );

export const TYPE_NAMES: ReadonlySet<unknown> = new Set(
  "object array string number integer boolean null".split(" "),
);

/** Keywords holding sub-schemas: the first four a map of them, the last three a non-empty list. */
export const SCHEMA_CONTAINER_KEYWORDS =
  "properties patternProperties definitions $defs oneOf anyOf allOf".split(" ");
/** Keywords holding one sub-schema (or a boolean, kept as is). */
export const SCHEMA_KEYWORDS = "additionalProperties additionalItems not if then else contains".split(" ");
/** Annotations that must be strings (the first four) or booleans (the rest). */
export const ANNOTATION_KEYWORDS =
  "title description pattern_descriptor group airbyte_secret airbyte_hidden always_show multiline".split(" ");

/** Formats ajv-formats knows; anything else is dropped (ajv would only log it). */
export const KNOWN_FORMATS: ReadonlySet<unknown> = new Set(
  "date time date-time iso-time iso-date-time duration uri uri-reference uri-template url email hostname ipv4 ipv6 regex uuid json-pointer json-pointer-uri-fragment relative-json-pointer byte int32 int64 float double password binary".split(
    " ",
  ),
);

/** Keywords a schema node may legitimately carry; anything else that looks like a schema is a stray property. */
export const KNOWN_KEYWORDS: ReadonlySet<string> = new Set([
  ...NUMERIC_KEYWORDS,
  ...SCHEMA_CONTAINER_KEYWORDS,
  ...SCHEMA_KEYWORDS,
  ...ANNOTATION_KEYWORDS,
  ..."$schema $id $ref $comment type default examples enum const required propertyNames dependencies dependentRequired dependentSchemas items format pattern readOnly writeOnly deprecated uniqueItems minProperties maxProperties groups display_type".split(
    " ",
  ),
]);
