type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) {
    return patch;
  }
  const result: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete result[key];
    } else {
      result[key] = mergePatch(result[key], value);
    }
  }
  return result;
}

interface JsonPatchOp {
  op: string;
  path: string;
  value?: Json;
  from?: string;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new Error(`invalid JSON pointer ${path}`);
  return path
    .slice(1)
    .split('/')
    .map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: Json, parts: string[]): Record<string, Json> | Json[] {
  let node = doc;
  for (const part of parts.slice(0, -1)) {
    node = Array.isArray(node)
      ? node[Number(part)]
      : (node as Record<string, Json>)?.[part];
    if (typeof node !== 'object' || node === null) {
      throw new Error(`path not found: /${parts.join('/')}`);
    }
  }
  return node as Record<string, Json> | Json[];
}

/** The index a pointer's last part names in an array; `-` (past the end) only where `append` allows it. */
function arrayIndex(
  array: Json[],
  part: string,
  append: boolean,
  path: string,
): number {
  if (append && part === '-') return array.length;
  const index = /^(0|[1-9]\d*)$/.test(part) ? Number(part) : NaN;
  if (!(index < array.length + (append ? 1 : 0))) {
    throw new Error(`path not found: ${path}`);
  }
  return index;
}

/** JSON equality: object members in any order, arrays in order. */
function jsonEqual(a: Json, b: Json): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((v, i) => jsonEqual(v, b[i]))
    );
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every(k => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]))
    );
  }
  return a === b;
}

function getAt(doc: Json, parts: string[]): Json {
  return parts.reduce<Json>(
    (node, part) =>
      Array.isArray(node)
        ? node[Number(part)]
        : (node as Record<string, Json>)?.[part],
    doc,
  );
}

/** RFC 6902 JSON patch (add, remove, replace, test, copy, move). */
export function jsonPatch(target: Json, ops: JsonPatchOp[]): Json {
  const doc = structuredClone(target);
  for (const op of ops) {
    const parts = pointer(op.path);
    const parent = parentOf(doc, parts);
    const key = parts[parts.length - 1];
    const set = (value: Json, insert: boolean) => {
      if (Array.isArray(parent)) {
        parent.splice(
          arrayIndex(parent, key, insert, op.path),
          insert ? 0 : 1,
          value,
        );
      } else {
        parent[key] = value;
      }
    };
    const remove = () => {
      if (Array.isArray(parent))
        parent.splice(arrayIndex(parent, key, false, op.path), 1);
      else if (Object.hasOwn(parent, key)) delete parent[key];
      else throw new Error(`path not found: ${op.path}`);
    };
    switch (op.op) {
      case 'add':
        set(op.value, true);
        break;
      case 'replace':
        if (getAt(doc, parts) === undefined)
          throw new Error(`path not found: ${op.path}`);
        set(op.value, false);
        break;
      case 'remove':
        remove();
        break;
      case 'test':
        if (!jsonEqual(getAt(doc, parts), op.value)) {
          throw new Error(`test operation failed at ${op.path}`);
        }
        break;
      case 'copy':
      case 'move': {
        const fromParts = pointer(op.from ?? '');
        const found = getAt(doc, fromParts);
        if (found === undefined) throw new Error(`path not found: ${op.from}`);
        const value = structuredClone(found);
        if (op.op === 'move') {
          const fromParent = parentOf(doc, fromParts);
          const fromKey = fromParts[fromParts.length - 1];
          if (Array.isArray(fromParent))
            fromParent.splice(
              arrayIndex(fromParent, fromKey, false, op.from!),
              1,
            );
          else delete fromParent[fromKey];
        }
        set(value, true);
        break;
      }
      default:
        throw new Error(`unknown JSON patch operation ${op.op}`);
    }
  }
  return doc;
}
