/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import { InputError } from '@backstage/errors';
import type {
  FieldError,
  JsonSchema,
  PromiseDetails,
} from '@syntasso/plugin-ske-common';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';

/** A spec that does not match its Promise's schema; carries per-field errors. */
export class SpecValidationError extends InputError {
  constructor(readonly fieldErrors: FieldError[]) {
    super(
      `The spec does not match the Promise's schema: ${fieldErrors
        .map(e => `${e.path} ${e.message}`)
        .join('; ')}`,
    );
  }
}

function fieldErrorOf(error: ErrorObject): FieldError {
  const base = `spec${error.instancePath
    .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
    .replace(/\//g, '.')}`;
  if (error.keyword === 'required') {
    return {
      path: `${base}.${
        (error.params as { missingProperty: string }).missingProperty
      }`,
      message: 'is required',
    };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] })
      .allowedValues;
    return {
      path: base,
      message: `must be one of ${allowed
        .map(v => JSON.stringify(v))
        .join(', ')}`,
    };
  }
  return { path: base, message: error.message ?? 'is invalid' };
}

/**
 * Validates resource specs against the `spec` part of a Promise's
 * `openAPIV3Schema` with ajv, tolerating Kubernetes' `x-kubernetes-*`
 * keywords and `nullable`. Compiled schemas are cached per Promise schema.
 */
export class SpecValidator {
  private readonly ajv = new Ajv({
    allErrors: true,
    strict: false,
    validateFormats: false,
  });
  private readonly cache = new Map<string, ValidateFunction>();

  private compile(schema: JsonSchema): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      if (this.cache.size > 100) this.cache.clear();
      this.cache.set(key, validate);
    }
    return validate;
  }

  /** Throws a SpecValidationError listing every problem, or returns when the spec is valid. */
  validate(promise: PromiseDetails, spec: unknown): void {
    const specSchema = (
      promise.schema?.properties as Record<string, JsonSchema> | undefined
    )?.spec;
    if (!specSchema) {
      return;
    }
    const validate = this.compile(specSchema);
    if (!validate(spec)) {
      throw new SpecValidationError((validate.errors ?? []).map(fieldErrorOf));
    }
  }
}
