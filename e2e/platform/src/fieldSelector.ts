import type { KubeObject } from './store';

/** The fields custom resources can be selected by (without `selectableFields`). */
const SUPPORTED: Record<string, (obj: KubeObject) => string> = {
  'metadata.name': obj => obj.metadata.name,
  'metadata.namespace': obj => obj.metadata.namespace ?? '',
};

const TERM = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/;

/**
 * Parses a field selector (`metadata.name=x,metadata.namespace!=y`) into a
 * predicate over objects. Throws, worded like the API server, for a field
 * custom resources cannot be selected by or a term it cannot parse.
 */
export function parseFieldSelector(
  selector: string | null | undefined,
): (obj: KubeObject) => boolean {
  if (!selector || !selector.trim()) {
    return () => true;
  }
  const requirements = selector.split(',').map(term => {
    const match = TERM.exec(term.trim());
    if (!match) {
      throw new Error(
        `invalid selector: '${selector}'; can't understand '${term}'`,
      );
    }
    const [, field, op, value] = match;
    const read = SUPPORTED[field];
    if (!read) {
      throw new Error(`field label not supported: ${field}`);
    }
    return op === '!='
      ? (obj: KubeObject) => read(obj) !== value
      : (obj: KubeObject) => read(obj) === value;
  });
  return obj => requirements.every(r => r(obj));
}
