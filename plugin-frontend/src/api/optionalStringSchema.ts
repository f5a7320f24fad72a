/**
 * An optional string extension config field, as a Standard Schema with a
 * JSON Schema (what `configSchema` of an extension accepts), so the plugin
 * needs no schema library.
 */
export const optionalStringSchema = {
  '~standard': {
    version: 1 as const,
    vendor: 'ske',
    validate(value: unknown) {
      return typeof value === 'string' || value === undefined
        ? { value: value as string | undefined }
        : { issues: [{ message: `Expected a string, got ${typeof value}` }] };
    },
    jsonSchema: {
      input: () => ({ type: 'string' }),
      output: () => ({ type: 'string' }),
    },
    types: undefined as unknown as {
      input: string | undefined;
      output: string | undefined;
    },
  },
};
