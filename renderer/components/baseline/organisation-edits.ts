// The edits of the partners list (format version 2, `organisations`) and the decision date. Each
// is one labelled, undoable step through the store, checked by the engine (a duplicate name, a
// line naming a partner not in the list, a year out of range are refused with its problems).
import { catalogue } from '../../../shared/i18n/text';
import type { Lang } from '../../../shared/i18n/languages';
import { linesOfOrganisation, organisationsFromLines, renameOrganisation } from '../../../shared/partners/organisations';
import type { Problem } from '../../../shared/scenario/problems';
import type { Organisation, Scenario } from '../../../shared/scenario/schema';
import { scenarioOf } from '../../store/documents-slice';
import { useAppStore } from '../../store/store';

const store = () => useAppStore.getState();

/** "Partners uit regels overnemen": the list made from the organisations the lines name. */
export function takePartnersFromLines(lang: Lang): Problem[] {
  const scenario = scenarioOf(store());
  if (!scenario) return [];
  const list = organisationsFromLines(scenario);
  const added = list.length - (scenario.organisations?.length ?? 0);
  if (added === 0) return [];
  return store().tryCommit(catalogue(lang).organisations.created(added), (d) => void (d.organisations = list));
}

/** Adds a partner at the end of the list (made when there is none). */
export function addPartner(name: string, lang: Lang): Problem[] {
  const trimmed = name.trim() || catalogue(lang).organisations.newPartner;
  return store().tryCommit(catalogue(lang).organisations.added(trimmed), (d) => void (d.organisations ??= []).push({ name: trimmed }));
}

/**
 * Removes a partner from the list, unless a line names it: then nothing changes and the names of
 * those lines come back. With the last partner gone, the list goes too (lines are free text again).
 */
export function removePartner(name: string, lang: Lang): { removed: boolean; lines: string[]; problems: Problem[] } {
  const scenario = scenarioOf(store());
  if (!scenario) return { removed: false, lines: [], problems: [] };
  const lines = linesOfOrganisation(scenario.lines, name).map((l) => l.name);
  if (lines.length > 0) return { removed: false, lines, problems: [] };
  const problems = store().tryCommit(catalogue(lang).organisations.removed(name), (d) => {
    d.organisations = (d.organisations ?? []).filter((o) => o.name !== name);
    if (d.organisations.length === 0) delete d.organisations;
  });
  return { removed: problems.length === 0, lines: [], problems };
}

/** Renames a partner in the list and on every line that names it: one step. */
export function renamePartner(from: string, to: string, lang: Lang): Problem[] {
  const next = to.trim();
  if (next === from) return [];
  return store().tryCommit(catalogue(lang).organisations.renamed(from, next), (d) => renameOrganisation(d, from, next));
}

type PartnerField = 'subsidisedSince' | 'noticeMonths' | 'contact' | 'notes';

/** Sets (or, with undefined or an empty text, removes) one field of a partner. */
export function setPartnerField<K extends PartnerField>(name: string, field: K, value: Organisation[K] | undefined, label: string): Problem[] {
  return store().tryCommit(label, (d: Scenario) => {
    const entry = d.organisations?.find((o) => o.name === name);
    if (!entry) return;
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) delete entry[field];
    else entry[field] = (typeof value === 'string' ? value.trim() : value) as Organisation[K];
  });
}

/** Sets the decision date (YYYY-MM-DD), or removes it (the default, 1 July of the base year). */
export function setDecisionDate(iso: string | undefined, label: string): Problem[] {
  return store().tryCommit(label, (d) => {
    if (iso === undefined) delete d.decisionDate;
    else d.decisionDate = iso;
  });
}

/** Sets a line's organisation (one of the list), or removes it. */
export function setLineOrganisation(lineId: string, name: string | undefined, label: string): Problem[] {
  return store().tryCommit(label, (d) => {
    const line = d.lines.find((l) => l.id === lineId);
    if (!line) return;
    if (name === undefined) delete line.organisation;
    else line.organisation = name;
  });
}
