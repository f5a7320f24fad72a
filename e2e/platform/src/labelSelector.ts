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

function parseTerm(term: string): Requirement {
  const set = SET_EXPR.exec(term);
  if (set) {
    const [, key, op, list] = set;
    const values = list.split(',').map(v => v.trim());
    return op === 'in'
      ? labels => key in labels && values.includes(labels[key])
      : labels => !(key in labels) || !values.includes(labels[key]);
  }
  const eq = EQUALITY.exec(term);
  if (eq) {
    const [, key, op, value] = eq;
    return op === '!='
      ? labels => labels[key] !== value
      : labels => labels[key] === value;
  }
  const exists = EXISTS.exec(term);
  if (exists) {
    const [, not, key] = exists;
    return not ? labels => !(key in labels) : labels => key in labels;
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
