type Schema = Record<string, any>;

export interface FieldError {
  field: string;
  message: string;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number')
    return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, value: unknown): boolean {
  const actual = typeOf(value);
  return actual === expected || (expected === 'number' && actual === 'integer');
}

/**
 * Applies structural-schema defaults and prunes unknown fields, as the API
 * server does for custom resources. Returns a new value.
 */
export function defaultAndPrune(
  schema: Schema | undefined,
  value: unknown,
): unknown {
  if (!schema || schema['x-kubernetes-preserve-unknown-fields']) {
    return value;
  }
  if (Array.isArray(value)) {
    return schema.items
      ? value.map(v => defaultAndPrune(schema.items, v))
      : value;
  }
  if (typeOf(value) !== 'object' || !schema.properties) {
    return value;
  }
  const input = value as Record<string, unknown>;
  const output: Record<string, unknown> = {};
  for (const [key, propSchema] of Object.entries<Schema>(schema.properties)) {
    if (key in input) {
      output[key] = defaultAndPrune(propSchema, input[key]);
    } else if (propSchema.default !== undefined) {
      output[key] = defaultAndPrune(
        propSchema,
        structuredClone(propSchema.default),
      );
    }
  }
  if (schema.additionalProperties) {
    for (const [key, v] of Object.entries(input)) {
      if (!(key in output)) output[key] = v;
    }
  }
  return output;
}

/** Validates a value against an OpenAPI v3 structural schema subset. */
export function validateSchema(
  schema: Schema | undefined,
  value: unknown,
  path: string,
  errors: FieldError[] = [],
): FieldError[] {
  if (!schema) return errors;
  const fail = (message: string) => errors.push({ field: path, message });
  if (value === null) {
    if (!schema.nullable) fail('Invalid value: "null": field must not be null');
    return errors;
  }
  if (schema.type && !typeMatches(schema.type, value)) {
    fail(
      `Invalid value: "${typeOf(value)}": ${path} in body must be of type ${
        schema.type
      }: "${typeOf(value)}"`,
    );
    return errors;
  }
  if (
    schema.enum &&
    !schema.enum.some(
      (e: unknown) => JSON.stringify(e) === JSON.stringify(value),
    )
  ) {
    fail(
      `Unsupported value: ${JSON.stringify(
        value,
      )}: supported values: ${schema.enum
        .map((e: unknown) => JSON.stringify(e))
        .join(', ')}`,
    );
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) {
      fail(
        `Invalid value: ${value}: ${path} in body should be greater than or equal to ${schema.minimum}`,
      );
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      fail(
        `Invalid value: ${value}: ${path} in body should be less than or equal to ${schema.maximum}`,
      );
    }
  }
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
      fail(
        `Invalid value: "${value}": ${path} in body should match '${schema.pattern}'`,
      );
    }
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      fail(
        `Invalid value: "${value}": ${path} in body should be at least ${schema.minLength} chars long`,
      );
    }
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      fail(`Too long: may not be longer than ${schema.maxLength}`);
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      fail(
        `Invalid value: ${value.length}: ${path} in body should have at least ${schema.minItems} items`,
      );
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      fail(
        `Too many: ${value.length}: must have at most ${schema.maxItems} items`,
      );
    }
    value.forEach((item, i) =>
      validateSchema(schema.items, item, `${path}[${i}]`, errors),
    );
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (obj[key] === undefined)
        errors.push({ field: `${path}.${key}`, message: 'Required value' });
    }
    for (const [key, propSchema] of Object.entries<Schema>(
      schema.properties ?? {},
    )) {
      if (obj[key] !== undefined)
        validateSchema(propSchema, obj[key], `${path}.${key}`, errors);
    }
  }
  if (Array.isArray(schema.oneOf)) {
    const matching = schema.oneOf.filter(
      (s: Schema) => validateSchema(s, value, path).length === 0,
    );
    if (matching.length !== 1)
      fail(`Invalid value: must validate one and only one schema (oneOf)`);
  }
  return errors;
}

const DNS1123_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Validates metadata.name as the API server does for custom resources. */
export function validateObjectName(name: unknown): FieldError[] {
  if (typeof name !== 'string' || name === '') {
    return [
      {
        field: 'metadata.name',
        message: 'Required value: name or generateName is required',
      },
    ];
  }
  if (name.length > 253 || !DNS1123_SUBDOMAIN.test(name)) {
    return [
      {
        field: 'metadata.name',
        message: `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
      },
    ];
  }
  return [];
}
