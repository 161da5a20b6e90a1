// Writing a scenario file: the same scenario always gives the same bytes, so that files diff
// cleanly and partners can see what changed. Fields in the spec's order, years ascending,
// two-space indentation, a final newline.
import { kindOfType, MEASURE_TYPES } from '../measures/registry';
import type { Decision, Line, Measure, OneOffCost, Organisation, Scenario, YearTable } from './schema';

export const SCENARIO_FIELD_ORDER = [
  'format',
  'version',
  'title',
  'municipality',
  'author',
  'description',
  'createdAt',
  'updatedAt',
  'baseYear',
  'horizon',
  'indexation',
  'decisionDate',
  'organisations',
  'lines',
  'measures',
  'target',
  'decisions',
] as const satisfies readonly (keyof Scenario)[];

export const LINE_FIELD_ORDER = [
  'id',
  'name',
  'kind',
  'amount',
  'volume',
  'unitCost',
  'amounts',
  'oneOff',
  'pm',
  'group',
  'organisation',
  'taakveld',
  'wageShare',
  'volumeGrowth',
  'notes',
] as const satisfies readonly (keyof Line)[];

/** The spec lists the common fields first, then the targets, then each type's own fields. */
const MEASURE_COMMON_ORDER = ['id', 'name', 'type', 'enabled', 'pm', 'status', 'nature', 'notes', 'uncertainty', 'probability'] as const;
/** Version 2's money of a measure beside its effect, after the type's own fields. */
const MEASURE_TAIL_ORDER = ['oneOffCosts', 'realised'] as const;
/** Each type's order: the common fields, then the type's own (its kind's `fieldOrder`), then the tail. */
export const MEASURE_FIELD_ORDER = Object.fromEntries(
  MEASURE_TYPES.map((type) => [type, [...MEASURE_COMMON_ORDER, ...kindOfType(type).fieldOrder, ...MEASURE_TAIL_ORDER]]),
) as Readonly<Record<string, readonly string[]>>;

const YEAR_TABLE_FIELDS = new Set(['phaseIn', 'share', 'amounts', 'realised']);
const ORGANISATION_FIELD_ORDER = ['name', 'subsidisedSince', 'noticeMonths', 'contact', 'notes'] as const;

/** A copy with the keys of `order` first, then any others in their own order; undefined values dropped. */
function ordered(value: object, order: readonly string[], transform: (key: string, v: unknown) => unknown = (_k, v) => v): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const keys = [...order.filter((k) => Object.prototype.hasOwnProperty.call(source, k)), ...Object.keys(source).filter((k) => !order.includes(k))];
  for (const key of keys) {
    const v = source[key];
    if (v !== undefined) out[key] = transform(key, v);
  }
  return out;
}

function yearTable(table: YearTable): YearTable {
  // Four-digit keys sort as text the same as by number; sorted explicitly all the same.
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function measure(m: Measure): Record<string, unknown> {
  const order = MEASURE_FIELD_ORDER[m.type] ?? MEASURE_COMMON_ORDER;
  return ordered(m, order, (key, v) => {
    if (key === 'uncertainty') return ordered(v as object, ['low', 'high']);
    if (key === 'oneOffCosts') {
      return (v as OneOffCost[]).map((cost) => ordered(cost, ['kind', 'amounts', 'notes'], (k, x) => (k === 'amounts' ? yearTable(x as YearTable) : x)));
    }
    if (YEAR_TABLE_FIELDS.has(key)) return yearTable(v as YearTable);
    return v;
  });
}

/** The scenario as file text: deterministic, `parseScenarioText(serializeScenario(s))` gives `s` back. */
export function serializeScenario(s: Scenario): string {
  const doc = ordered(s, SCENARIO_FIELD_ORDER, (key, v) => {
    switch (key) {
      case 'horizon':
        return ordered(v as object, ['from', 'to']);
      case 'indexation':
        return ordered(v as object, ['wage', 'price'], (_k, table) => yearTable(table as YearTable));
      case 'lines':
        return (v as Line[]).map((line) => ordered(line, LINE_FIELD_ORDER, (k, x) => (k === 'amounts' ? yearTable(x as YearTable) : x)));
      case 'organisations':
        return (v as Organisation[]).map((o) => ordered(o, ORGANISATION_FIELD_ORDER));
      case 'decisions':
        return (v as Decision[]).map((d) => ordered(d, ['at', 'change', 'reason', 'by']));
      case 'measures':
        return (v as Measure[]).map(measure);
      case 'target':
        return yearTable(v as YearTable);
      default:
        return v;
    }
  });
  return `${JSON.stringify(doc, null, 2)}\n`;
}
