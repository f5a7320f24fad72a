import { LineCounter, parseDocument, stringify } from 'yaml';

/** A value as the YAML a person would write; nothing for an absent value. */
export function toYamlText(value: unknown): string {
  if (value === undefined) return '';
  return stringify(value, { lineWidth: 0 });
}

/** A problem in YAML text, at the line (1-based) it is on. */
export interface YamlProblem {
  line?: number;
  message: string;
}

export type ParsedYaml =
  | { ok: true; value: unknown }
  | { ok: false; problem: YamlProblem };

/** Parses YAML text; empty text is an absent value. */
export function parseYamlText(text: string): ParsedYaml {
  if (text.trim() === '') return { ok: true, value: undefined };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    return {
      ok: false,
      problem: {
        line: error.linePos?.[0].line,
        message: error.message.split('\n')[0],
      },
    };
  }
  return { ok: true, value: doc.toJS() };
}
