/**
 * `schemaVersion` of the command line's JSON (check, table and scorecard --json), described by
 * docs/schema/*.schema.json. Additions keep the number; a change that could break a reader (a
 * field renamed, removed or given another meaning) raises it, with the schemas.
 */
export const SCHEMA_VERSION = 1;
