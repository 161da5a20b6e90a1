// Fuzzing the reader and the engine together (issue #23), seeded so that a failure reproduces,
// with a fixed number of runs: valid scenarios (the generator of ./support.ts) with extreme
// numbers, odd keys and odd bytes put in. Whatever goes in:
//  - reading never throws, and never changes data silently: a document it accepts is exactly
//    the scenario it returns (nothing dropped, nothing added);
//  - a refusal names each problem with a path and messages in which nothing is left that does
//    not print (no line break, escape or bidi mark from the file);
//  - an accepted scenario projects (project(), the Monte Carlo fast path and the band) to
//    finite, exact whole euros; the engine never loops, and never throws for it.
// Each of these found a bug of the issue before it was fixed: the apportion loop (volume 1e22,
// growth to Infinity), the __proto__ key dropped from a YearTable, a second byte order mark,
// keys with CR/LF or ESC printed raw.
import fc from 'fast-check';
import { project } from '../../../shared/engine/project';
import type { Projection } from '../../../shared/engine/types';
import { decodeScenarioBytes } from '../../../shared/scenario/decode';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { ParseResult } from '../../../shared/scenario/problems';
import { MAX_EUROS, type Scenario } from '../../../shared/scenario/schema';
import { serializeScenario } from '../../../shared/scenario/serialize';
import { simulate } from '../../../shared/uncertainty/monte-carlo';
import { scenarioArb } from './support';
import { render } from '../../../shared/i18n/text';

const SEED = 20_261_205;
// eslint-disable-next-line no-control-regex
const DOES_NOT_PRINT = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Where = (string | number)[];

/** Every place in `doc` that holds a number, or an object. */
function places(doc: Json, want: 'number' | 'object', at: Where = [], out: Where[] = []): Where[] {
  if (typeof doc === 'number' && want === 'number') out.push(at);
  if (Array.isArray(doc)) doc.forEach((v, i) => places(v, want, [...at, i], out));
  else if (doc !== null && typeof doc === 'object') {
    if (want === 'object') out.push(at);
    for (const key of Object.keys(doc)) places(doc[key] as Json, want, [...at, key], out);
  }
  return out;
}

/** Every leaf (and empty object or list) of `doc` with its place, sorted: equal lists, equal data. */
function leaves(doc: Json, at: Where = [], out: string[] = []): string[] {
  const keys = doc !== null && typeof doc === 'object' ? Object.keys(doc) : [];
  if (keys.length === 0) out.push(`${JSON.stringify(at)}=${JSON.stringify(doc)}`);
  for (const key of keys) leaves((doc as Record<string, Json>)[key] as Json, [...at, Array.isArray(doc) ? Number(key) : key], out);
  return at.length === 0 ? out.sort() : out;
}

function containerOf(doc: Json, where: Where): Record<string | number, Json> {
  let c: Json = doc;
  for (const step of where) c = (c as Record<string | number, Json>)[step] as Json;
  return c as Record<string | number, Json>;
}

/** Sets `doc` at `where` (a number's place) to `value`. */
function setAt(doc: Json, where: Where, value: Json): void {
  containerOf(doc, where.slice(0, -1))[where[where.length - 1] as string | number] = value;
}

/** Adds `key` to the object at `where`, as JSON.parse would make it: an own property, even `__proto__`. */
function addKey(doc: Json, where: Where, key: string, value: Json): void {
  Object.defineProperty(containerOf(doc, where), key, { value, enumerable: true, writable: true, configurable: true });
}

const YEAR_TABLES = new Set(['phaseIn', 'share', 'amounts', 'target', 'wage', 'price']);
const EXTREME = fc.oneof(
  fc.constantFrom(1e22, 1e308, -1e308, Number.MAX_VALUE, MAX_EUROS, MAX_EUROS + 1, 1e15, 2 ** 53, 2 ** 53 + 2, 5e-324, -5e-324, 10, 1000, -0.999999, 0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const ODD_KEY = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', '2024', '1999', '', 'a\r\nb: -: forged', '\u001b[31mred', '\u009b2J', '\u202eevil', '\ufeff'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** The well-formed refusal, or the accepted scenario that is the document as it was given. */
function checkRead(result: ParseResult<Scenario>, doc: Json): Scenario | undefined {
  if (result.ok) {
    // Accepted: exactly the data of the file, every key (an own `__proto__` too) and value.
    expect(leaves(result.value as unknown as Json)).toEqual(leaves(doc));
    return result.value;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.path).not.toBe('');
    for (const text of [p.path, render('nl', p.message), render('en', p.message)]) expect(text).not.toMatch(DOES_NOT_PRINT);
  }
  return undefined;
}

function expectWholeEuros(p: Projection): void {
  const figures = [
    ...p.baseline.total,
    ...p.scenario.total,
    ...p.scenario.fixed,
    ...p.savings.total,
    ...p.savings.cumulative,
    ...p.lines.flatMap((l) => [...l.baseline, ...l.scenario]),
    ...p.measures.flatMap((m) => m.effect),
    ...(p.target?.gap ?? []).filter((g): g is number => g !== null),
  ];
  for (const x of figures) expect(Number.isSafeInteger(x)).toBe(true);
  for (const m of p.measures) for (const x of m.exact) expect(Number.isFinite(x)).toBe(true);
}

function checkProjects(s: Scenario): void {
  expectWholeEuros(project(s));
  const band = simulate(s, { draws: 8, seed: 1 });
  for (const x of [...band.savings.p10, ...band.savings.p90, ...band.cumulative.p50]) expect(Number.isSafeInteger(x)).toBe(true);
}

/** The text of a valid scenario with some numbers replaced by extreme ones, and odd keys added. */
const mutated = scenarioArb.chain((s) => {
  const doc = JSON.parse(serializeScenario(s)) as Json;
  const numbers = places(doc, 'number');
  const all = places(doc, 'object');
  // Year tables twice over: a key there is read by the schema library's record, elsewhere by a strict object.
  const objects = [...all, ...all.filter((w) => YEAR_TABLES.has(String(w[w.length - 1])))];
  return fc.record({
    doc: fc.constant(doc),
    numbers: fc.array(fc.tuple(fc.nat(Math.max(0, numbers.length - 1)), EXTREME), { maxLength: numbers.length === 0 ? 0 : 3 }),
    keys: fc.array(fc.tuple(fc.nat(objects.length - 1), ODD_KEY, EXTREME), { maxLength: 1 }),
    boms: fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, fc.constant(1), fc.constant(2)),
  }).map(({ doc: d, numbers: ns, keys, boms }) => {
    const copy = JSON.parse(JSON.stringify(d)) as Json;
    for (const [i, value] of ns) setAt(copy, numbers[i] as Where, value);
    for (const [i, key, value] of keys) addKey(copy, objects[i] as Where, key, value);
    return { doc: copy, boms };
  });
});

describe('fuzz: reading and projecting valid scenarios with extreme numbers, odd keys and byte order marks', () => {
  test('never throws, never changes data silently, refusals print safely, accepted scenarios project to whole euros', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(mutated, ({ doc, boms }) => {
        const bytes = new TextEncoder().encode('\uFEFF'.repeat(boms) + JSON.stringify(doc));
        const decoded = decodeScenarioBytes(bytes);
        if (boms >= 2) {
          expect(decoded).toMatchObject({ ok: false, problem: { code: 'second-byte-order-mark' } });
          return;
        }
        if (!decoded.ok) throw new Error(`valid UTF-8 refused: ${render('en', decoded.problem.message)}`);
        const s = checkRead(parseScenarioText(decoded.text), doc);
        if (s === undefined) {
          refused++;
          return;
        }
        accepted++;
        checkProjects(s);
      }),
      { numRuns: 400, seed: SEED },
    );
    // Both sides were exercised.
    expect(accepted).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(20);
  });

  test('any bytes: decoding and reading never throw; what is refused prints safely', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const decoded = decodeScenarioBytes(bytes);
        if (!decoded.ok) {
          for (const text of [render('nl', decoded.problem.message), render('en', decoded.problem.message)]) expect(text).not.toMatch(DOES_NOT_PRINT);
          return;
        }
        const result = parseScenarioText(decoded.text);
        if (!result.ok) for (const p of result.problems) for (const t of [p.path, render('nl', p.message), render('en', p.message)]) expect(t).not.toMatch(DOES_NOT_PRINT);
      }),
      { numRuns: 2000, seed: SEED },
    );
  });
});
