// Rules for the names of scenario files, shared by the main process, the browser and the tests.
// Pure: no Node, no DOM.
import { NAME_MAX } from '../scenario/schema';

export const SCENARIO_SUFFIX = '.vcscenario.json';
export const APP_TITLE = 'Vitale Coalitie Scenarioplanner';
/** The unsaved-changes mark in window and tab titles (VS Code uses the same dot). */
export const DIRTY_MARK = '●';

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Names Windows reserves for devices, with any extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_BASE_LENGTH = 120;

/**
 * A file name for a scenario with this title: `Stichtse Vecht 5%.vcscenario.json`. Characters
 * no file system accepts become spaces, and the name is never empty, reserved or too long.
 */
export function scenarioFileName(title: string): string {
  let base = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  base = base.replace(/^[.\s]+|[.\s]+$/g, ''); // no leading dot (hidden), no trailing dot (Windows)
  if (base.length > MAX_BASE_LENGTH) base = base.slice(0, MAX_BASE_LENGTH).trim();
  if (base === '' || RESERVED.test(base)) base = base === '' ? 'scenario' : `${base} scenario`;
  return base + SCENARIO_SUFFIX;
}

/** The name with the scenario suffix added when it has no `.json` ending of its own. */
export function withScenarioSuffix(name: string): string {
  return /\.json$/i.test(name) ? name : name + SCENARIO_SUFFIX;
}

/** The window or tab title: `NAME ● — Vitale Coalitie Scenarioplanner`, the dot only when unsaved. */
export function windowTitle(name: string | null, dirty: boolean, appTitle: string = APP_TITLE): string {
  if (name === null) return appTitle;
  return `${name}${dirty ? ` ${DIRTY_MARK}` : ''} — ${appTitle}`;
}

/**
 * The title of a variant made from a scenario: `Stichtse Vecht — variant 2`, the first number
 * not taken by an open scenario (a variant of a variant counts on from its base title).
 */
export function variantTitle(title: string, taken: ReadonlySet<string>, word: string): string {
  const base = title.replace(new RegExp(` — ${word} \\d+$`), '');
  for (let n = 2; ; n++) {
    const suffix = ` — ${word} ${n}`;
    const candidate = base.slice(0, NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Backup ids are made by the renderer (crypto.randomUUID) and validated by main: no paths. */
export const BACKUP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
