type Requirement = (labels: Record<string, string>) => boolean;

const SET_EXPR = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/;
const EQUALITY = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/;
const EXISTS = /^(!?)([\w./-]+)$/;

function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) terms.push(current.trim());
  return terms;
}

/** A label's value; only own properties count (`constructor` is no label). */
const valueOf = (labels: Record<string, string>, key: string) =>
  Object.hasOwn(labels, key) ? labels[key] : undefined;

function parseTerm(term: string): Requirement {
  const set = SET_EXPR.exec(term);
  if (set) {
    const [, key, op, list] = set;
    const values = list.split(',').map(v => v.trim());
    return op === 'in'
      ? labels => values.includes(valueOf(labels, key) as string)
      : labels => !values.includes(valueOf(labels, key) as string);
  }
  const eq = EQUALITY.exec(term);
  if (eq) {
    const [, key, op, value] = eq;
    return op === '!='
      ? labels => valueOf(labels, key) !== value
      : labels => valueOf(labels, key) === value;
  }
  const exists = EXISTS.exec(term);
  if (exists) {
    const [, not, key] = exists;
    return not
      ? labels => !Object.hasOwn(labels, key)
      : labels => Object.hasOwn(labels, key);
  }
  throw new Error(`unable to parse requirement: ${term}`);
}

/**
 * Parses a Kubernetes label selector (equality- and set-based) into a
 * predicate over an object's labels. Throws on syntax errors.
 */
export function parseLabelSelector(
  selector: string | null | undefined,
): (labels: Record<string, string> | undefined) => boolean {
  if (!selector || !selector.trim()) {
    return () => true;
  }
  const requirements = splitTerms(selector).map(parseTerm);
  return labels => requirements.every(r => r(labels ?? {}));
}
