// Robustness: whatever a colleague's broken file holds, parsing never throws. Each result is
// either a scenario the schema accepts (and that parses again as it is), or a non-empty list of
// problems, each with a non-empty path, code and message in both languages.
// Over 10,000 generated malformed documents in all (counted, and checked at the end).
import fc from 'fast-check';
import { parseScenario, parseScenarioText } from '../../../shared/scenario/parse';
import type { ParseResult } from '../../../shared/scenario/problems';
import { ScenarioSchema, type Scenario } from '../../../shared/scenario/schema';
import { serializeScenario } from '../../../shared/scenario/serialize';
import { MAX_PROBLEMS } from '../../../shared/scenario/validate';
import { example, scenarioArb } from './support';
import { render } from '../../../shared/i18n/text';

let checked = 0;

function check(result: ParseResult<Scenario>): void {
  checked++;
  if (result.ok) {
    if (!ScenarioSchema.safeParse(result.value).success) throw new Error('accepted a scenario that the schema refuses');
    const again = parseScenario(result.value);
    if (!again.ok) throw new Error(`accepted a scenario that does not parse again: ${JSON.stringify(again.problems)}`);
    return;
  }
  if (!Array.isArray(result.problems) || result.problems.length === 0) throw new Error('refused without a problem');
  if (result.problems.length > MAX_PROBLEMS) throw new Error('more problems than MAX_PROBLEMS');
  for (const p of result.problems) {
    if (typeof p.path !== 'string' || p.path === '') throw new Error(`empty path: ${JSON.stringify(p)}`);
    if (typeof p.code !== 'string' || p.code === '') throw new Error(`empty code: ${JSON.stringify(p)}`);
    if ((p.message ? render('nl', p.message) : '').trim() === '') throw new Error(`no Dutch: ${JSON.stringify(p)}`);
    if ((p.message ? render('en', p.message) : '').trim() === '') throw new Error(`no English: ${JSON.stringify(p)}`);
  }
}

// Markers that become ±1e400 in the text (JSON.parse reads them as ±Infinity).
const PLUS_INF = '\u0000+inf';
const MINUS_INF = '\u0000-inf';
function toText(doc: unknown): string {
  return JSON.stringify(doc).split(JSON.stringify(PLUS_INF)).join('1e400').split(JSON.stringify(MINUS_INF)).join('-1e400');
}

/** Deep nesting, built only when a mutation puts it in (fast-check is slow to carry deep values). */
class Deep {
  constructor(
    readonly depth: number,
    readonly asObject: boolean,
  ) {}
  build(): unknown {
    let value: unknown = 1;
    for (let i = 0; i < this.depth; i++) value = this.asObject ? { a: value } : [value];
    return value;
  }
}
const materialise = (value: unknown): unknown => (value instanceof Deep ? value.build() : value);

const KNOWN_NAMES = [
  'format', 'version', 'title', 'baseYear', 'horizon', 'from', 'to', 'indexation', 'wage', 'price', 'lines', 'measures',
  'target', 'id', 'name', 'kind', 'amount', 'volume', 'unitCost', 'group', 'groups', 'wageShare', 'wagshare',
  'volumeGrowth', 'type', 'rate', 'phaseIn', 'share', 'ratio', 'amounts', 'continues', 'enabled', 'uncertainty', 'low',
  'high', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', '2024', '20x4', '1999',
];

/** Values that can be written as JSON text. */
const jsonWeird: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null, true, false, 0, -1, 0.5, 1.5, 100, 2000, 2101, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1,
    '', '0.2', ' 12 ', '1,5', 'NaN', 'nan', 'Infinity', '-Infinity', '1e400', 'true', 'null', '2024', '20x4',
    [], {}, [[]], [{}], { a: {} }, PLUS_INF, MINUS_INF, 'bibliotheek', 'Vitale Coalitie', 'cut', 'shift', 'volumeChange',
  ),
  fc.constantFrom(...KNOWN_NAMES),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'ä'.repeat(n)),
  fc.tuple(fc.integer({ min: 10, max: 1_000 }), fc.boolean()).map(([d, o]) => new Deep(d, o)),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Anything at all, for parseScenario: NaN, ±Infinity, -0, undefined, bigint, symbols, dates, null-prototype objects. */
const anyWeird: fc.Arbitrary<unknown> = fc.oneof(
  jsonWeird,
  fc.constantFrom(NaN, Infinity, -Infinity, -0, undefined, 10n, Symbol('s'), new Date(0), new Map(), () => 1, Object.create(null)),
  fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, maxDepth: 3 }),
);

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every place in the document where a value sits, up to a modest depth. */
function slots(doc: unknown): Slot[] {
  const out: Slot[] = [];
  const stack: { value: unknown; depth: number }[] = [{ value: doc, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (depth > 6 || typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        out.push({ parent: value, key: i });
        stack.push({ value: v, depth: depth + 1 });
      });
    } else {
      for (const [k, v] of Object.entries(value)) {
        out.push({ parent: value as Record<string, unknown>, key: k });
        stack.push({ value: v, depth: depth + 1 });
      }
    }
  }
  return out;
}

interface Mutation {
  where: number;
  kind: number;
  value: unknown;
  key: string;
}

function set(slot: Slot, value: unknown): void {
  if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = value;
  else Object.defineProperty(slot.parent, slot.key, { value, enumerable: true, writable: true, configurable: true });
}

function applyMutation(doc: Record<string, unknown>, mutation: Mutation): void {
  // A copy: constants such as {} are shared between runs and mutations, and must not form cycles.
  const m = { ...mutation, value: mutation.value instanceof Deep ? mutation.value.build() : structuredCloneSafe(mutation.value) };
  const all = slots(doc);
  const slot = all[m.where % Math.max(1, all.length)];
  if (!slot) return;
  const current = Array.isArray(slot.parent) ? slot.parent[slot.key as number] : (slot.parent as Record<string, unknown>)[slot.key as string];
  switch (m.kind % 8) {
    case 0:
    case 1: // wrong type, huge number, string for a number…
      set(slot, m.value);
      break;
    case 2: // missing field or element
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete (slot.parent as Record<string, unknown>)[slot.key as string];
      break;
    case 3: {
      // extra field (as an own property, even "__proto__")
      const target = typeof current === 'object' && current !== null && !Array.isArray(current) ? current : slot.parent;
      if (!Array.isArray(target)) set({ parent: target as Record<string, unknown>, key: m.key }, m.value);
      break;
    }
    case 4: // an array where an object belongs
      set(slot, typeof current === 'object' && current !== null ? Object.values(current) : [current]);
      break;
    case 5: // an object where an array belongs
      set(slot, Array.isArray(current) ? { ...current } : { [m.key]: current });
      break;
    case 6: // a duplicate: same id twice, same line twice
      if (Array.isArray(slot.parent)) slot.parent.push(structuredClone(current));
      else set(slot, structuredCloneSafe(current));
      break;
    default: // a value borrowed from elsewhere in the file (an id where a year goes…)
      set(slot, (() => {
        const other = all[(m.where * 7 + 3) % all.length];
        if (!other) return m.value;
        // A copy: borrowing an ancestor itself would make the document circular.
        return structuredCloneSafe(Array.isArray(other.parent) ? other.parent[other.key as number] : (other.parent as Record<string, unknown>)[other.key as string]);
      })());
  }
}

/** Some values (typed arrays, frozen objects) refuse a mutation; the harness then skips it. */
function tryMutation(doc: Record<string, unknown>, m: Mutation): void {
  try {
    applyMutation(doc, m);
  } catch {
    // not a finding about the parser
  }
}

function structuredCloneSafe(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

const mutationArb = (value: fc.Arbitrary<unknown>) =>
  fc.record({ where: fc.nat(), kind: fc.nat(), value, key: fc.oneof(fc.constantFrom(...KNOWN_NAMES), fc.string({ maxLength: 12 })) });

// The worked example and a fixed pool of generated scenarios of other shapes (generating a
// fresh one per run would cost most of the time budget); each run mutates its own copy.
const POOL = fc.sample(scenarioArb, { numRuns: 60, seed: 20_240_601 }).map(serializeScenario);
const baseArb = fc.oneof(
  fc.constant(null).map(() => example() as Record<string, unknown>),
  fc.nat({ max: POOL.length - 1 }).map((i) => JSON.parse(POOL[i] as string) as Record<string, unknown>),
);

describe('robustness: malformed documents never throw', () => {
  afterAll(() => {
    expect(checked).toBeGreaterThanOrEqual(10_000);
  });

  test('mutations of valid scenarios, as text (with ±1e400) and as data', () => {
    fc.assert(
      fc.property(baseArb, fc.array(mutationArb(jsonWeird), { minLength: 1, maxLength: 5 }), (doc, mutations) => {
        for (const m of mutations) tryMutation(doc, m);
        const text = toText(doc);
        check(parseScenarioText(text));
        check(parseScenario(JSON.parse(text)));
      }),
      { numRuns: 1_500 },
    );
  });

  test('mutations with values JSON cannot hold, to parseScenario', () => {
    fc.assert(
      fc.property(baseArb, fc.array(mutationArb(anyWeird), { minLength: 1, maxLength: 5 }), (doc, mutations) => {
        for (const m of mutations) tryMutation(doc, m);
        check(parseScenario(doc));
      }),
      { numRuns: 1_000 },
    );
  });

  test('a circular document, to parseScenario', () => {
    const d = example();
    d.lines[0].self = d;
    d.measures.push(d.measures);
    check(parseScenario(d));
    expect(parseScenario(d).ok).toBe(false);
  });

  test('whole documents of the wrong kind, to parseScenario', () => {
    fc.assert(
      fc.property(anyWeird, (value) => check(parseScenario(materialise(value)))),
      { numRuns: 1_500 },
    );
  });

  test('random JSON text', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => check(parseScenarioText(text))),
      { numRuns: 2_500 },
    );
  });

  test('random text and random bytes read as text', () => {
    fc.assert(
      // Any UTF-16 code units, lone surrogates included (fc.string with a binary unit is slow to generate).
      fc.property(fc.uint16Array({ maxLength: 200 }), (units) => check(parseScenarioText(String.fromCharCode(...units)))),
      { numRuns: 1_000 },
    );
    const utf8 = new TextDecoder('utf-8');
    const latin1 = new TextDecoder('latin1');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, asUtf8) => check(parseScenarioText((asUtf8 ? utf8 : latin1).decode(bytes)))),
      { numRuns: 1_000 },
    );
  });

  test('valid files damaged as text: cut short, characters deleted or inserted', () => {
    fc.assert(
      fc.property(
        baseArb,
        fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 5 }), insert: fc.string({ maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (doc, edits, withBom) => {
          let text = JSON.stringify(doc, null, 2);
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          }
          check(parseScenarioText(withBom ? `\uFEFF${text}` : text));
        },
      ),
      { numRuns: 1_000 },
    );
  });

  test('very deep nesting in the text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60_000 }), fc.constantFrom('[', '{"a":'), fc.boolean(), (depth, open, balanced) => {
        const close = open === '[' ? ']' : '}';
        const value = `${open.repeat(depth)}1${close.repeat(balanced ? depth : depth - 1)}`;
        const text = `{"format":"vitale-coalitie-scenario","version":1,"title":"t","baseYear":2020,"horizon":{"from":2020,"to":2021},"lines":${value}}`;
        check(parseScenarioText(text));
      }),
      { numRuns: 50 },
    );
  });
});
