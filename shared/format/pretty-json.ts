// JSON for people: indented like JSON.stringify(value, null, 2), except that an array of plain
// values (numbers, strings, null) stays on one line, as the spec writes `"total": [0, 0]`.
// A projection over a 30-year horizon then reads as one row per series, not 30 lines each.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPlain = (v: Json): v is null | boolean | number | string => v === null || typeof v !== 'object';

export function prettyJson(value: unknown, indent = 2): string {
  // A round trip first: toJSON, undefined and functions behave exactly as in JSON.stringify.
  const text = JSON.stringify(value);
  if (text === undefined) return 'null';
  return write(JSON.parse(text) as Json, '', ' '.repeat(indent));
}

function write(value: Json, pad: string, step: string): string {
  if (isPlain(value)) return JSON.stringify(value);
  const inner = pad + step;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `[\n${value.map((v) => inner + write(v, inner, step)).join(',\n')}\n${pad}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner, step)}`).join(',\n')}\n${pad}}`;
}
