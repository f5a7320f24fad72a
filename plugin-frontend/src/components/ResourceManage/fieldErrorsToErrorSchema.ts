import type { ErrorSchema } from '@rjsf/utils';
import type { FieldError } from '@syntasso/plugin-ske-common';

/**
 * Places server field errors (`spec.a.b[0].c`) on the form fields they name,
 * as rjsf `extraErrors`. Errors at the spec itself go on the form root.
 */
export function fieldErrorsToErrorSchema(errors: FieldError[]): ErrorSchema {
  const root: Record<string, any> = {};
  for (const { path, message } of errors) {
    const segments = path
      .replace(/^spec\.?/, '')
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .filter(Boolean);
    let node = root;
    for (const segment of segments) {
      node[segment] = node[segment] ?? {};
      node = node[segment];
    }
    node.__errors = [...(node.__errors ?? []), message];
  }
  return root as ErrorSchema;
}
