// The checks the schema cannot express (spec: scenario-format.md): unique ids, references that
// exist, volume-only measures, the horizon, exactly-one-of fields. They run on the raw document
// even when parts of it failed the schema, so that one look at a file shows all its problems;
// every check reads defensively and skips what it cannot judge safely (a reference to a line
// is not reported as missing while some line has no readable id).
import { MAX_HORIZON_SPAN, MAX_YEAR, MIN_YEAR } from './schema';
import { given, type LineFacts, type LineIndex, type LineShape } from '../measures/checks';
import { measureKind } from '../measures/registry';
import { field, hasField, isRecord } from './paths';
import { text } from '../i18n/text';
import { located, type LocatedProblem } from './problem-text';

function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
}

function lineShape(line: unknown): LineShape {
  const amount = given(line, 'amount');
  const volume = given(line, 'volume') || given(line, 'unitCost');
  if (amount && !volume) return 'amount';
  if (volume && !amount) return 'volume';
  return 'unclear';
}

function checkHorizon(doc: Record<string, unknown>, out: LocatedProblem[]): void {
  const baseYear = field(doc, 'baseYear');
  const horizon = field(doc, 'horizon');
  const from = field(horizon, 'from');
  const to = field(horizon, 'to');
  if (isYear(baseYear) && isYear(from) && from < baseYear) {
    out.push(
      located(['horizon', 'from'], 'horizon-before-base-year', text('scenario.checks.horizonBeforeBaseYear', from, baseYear)),
    );
  }
  if (isYear(from) && isYear(to)) {
    if (to < from) {
      out.push(
        located(['horizon', 'to'], 'horizon-reversed', text('scenario.checks.horizonReversed', to, from)),
      );
    } else if (to - from > MAX_HORIZON_SPAN) {
      out.push(
        located(['horizon', 'to'], 'horizon-too-long', text('scenario.checks.horizonTooLong', from, to, MAX_HORIZON_SPAN)),
      );
    }
  }
}

function checkLines(lines: readonly unknown[], out: LocatedProblem[]): void {
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    if (!isRecord(line)) return;
    const id = field(line, 'id');
    if (typeof id === 'string') {
      const first = seen.get(id);
      if (first !== undefined) {
        out.push(
          located(['lines', i, 'id'], 'duplicate-id', text('scenario.checks.duplicateLineId', id, first)),
        );
      } else seen.set(id, i);
    }
    const amount = given(line, 'amount');
    const volume = given(line, 'volume');
    const unitCost = given(line, 'unitCost');
    if (amount && (volume || unitCost)) {
      out.push(
        located(['lines', i], 'amount-and-volume', text('scenario.checks.amountAndVolume')),
      );
    } else if (!amount && !volume && !unitCost) {
      out.push(
        located(['lines', i], 'no-amount-or-volume', text('scenario.checks.noAmountOrVolume')),
      );
    } else if (!amount && volume !== unitCost && !hasField(line, volume ? 'unitCost' : 'volume')) {
      const missing = volume ? 'unitCost' : 'volume';
      out.push(
        located(['lines', i, missing], 'missing-field', text(volume ? 'scenario.checks.missingUnitCost' : 'scenario.checks.missingVolume')),
      );
    }
  });
}

function checkMeasureIds(measures: readonly unknown[], out: LocatedProblem[]): void {
  const seen = new Map<string, number>();
  measures.forEach((measure, i) => {
    const id = field(measure, 'id');
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      return;
    }
    out.push(
      located(['measures', i, 'id'], 'duplicate-id', text('scenario.checks.duplicateMeasureId', id, first)),
    );
  });
}

function indexLines(lines: readonly unknown[]): LineIndex {
  const byId = new Map<string, LineFacts>();
  const byGroup = new Map<string, LineFacts[]>();
  let idsComplete = true;
  let groupsComplete = true;
  lines.forEach((line, index) => {
    if (!isRecord(line)) {
      idsComplete = false;
      groupsComplete = false;
      return;
    }
    const id = field(line, 'id');
    const facts: LineFacts = { index, id: typeof id === 'string' ? id : undefined, shape: lineShape(line) };
    if (facts.id === undefined) idsComplete = false;
    else if (!byId.has(facts.id)) byId.set(facts.id, facts);
    const group = field(line, 'group');
    if (typeof group === 'string') {
      const members = byGroup.get(group);
      if (members) members.push(facts);
      else byGroup.set(group, [facts]);
    }
    else if (group !== undefined) groupsComplete = false;
  });
  return { byId, idsComplete, byGroup, groupsComplete };
}

/** The semantic problems of a document at the current version, however malformed it is. */
export function checkSemantics(doc: unknown): LocatedProblem[] {
  const out: LocatedProblem[] = [];
  if (!isRecord(doc)) return out;
  checkHorizon(doc, out);
  const lines = field(doc, 'lines');
  const lineList = Array.isArray(lines) ? lines : [];
  checkLines(lineList, out);
  // Without a readable list of lines every reference would look missing: judge none of them.
  const index = Array.isArray(lines) ? indexLines(lineList) : { byId: new Map(), byGroup: new Map(), idsComplete: false, groupsComplete: false };
  const measures = field(doc, 'measures');
  if (!Array.isArray(measures)) return out;
  checkMeasureIds(measures, out);
  measures.forEach((measure, i) => {
    if (!isRecord(measure)) return;
    // Each type checks its own fields (shared/measures/<type>.ts); an unknown type is the schema's to report.
    const kind = measureKind(field(measure, 'type'));
    if (kind !== undefined) kind.check(measure, i, index, out);
  });
  return out;
}
