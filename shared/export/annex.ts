// A scenario's annexes (#22) as one kind of export: the realisation monitor and the decision log,
// each with its writers (shared/export/monitor.ts, decisions.ts). The app's export dialog
// (renderer export-bytes) and `vcp export --format monitor-…|decisions-…` make the file from here.
import { SCENARIO_SUFFIX, scenarioFileName } from '../files/file-names';
import type { Projection } from '../engine/types';
import type { Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';
import { buildMonitor, type Monitor } from '../monitor/monitor';
import type { Scenario } from '../scenario/schema';
import { annexParts, type AnnexFormat, type AnnexKind } from './annex-formats';
import { decisionsFooterTemplate, decisionsMarkdown, decisionsPrintHtml, writeDecisionsXlsx, type DecisionsDocument } from './decisions';
import { monitorFooterTemplate, monitorMarkdown, monitorPrintHtml, writeMonitorXlsx, type MonitorDocument } from './monitor';
import { withPrintFooter } from './print-html';
import type { ExcelModule } from './xlsx';

export interface Annex {
  kind: AnnexKind;
  /** "Begroting 2025 - besluitenlijst.pdf". */
  fileName(format: AnnexFormat): string;
  markdown(): string;
  xlsx(excel: ExcelModule): Promise<Uint8Array>;
  /** The print layout, for a PDF. */
  printHtml(): string;
  footerTemplate(): string;
  /** The print layout with its footer in its own CSS, for the browser's print dialog. */
  browserPrintHtml(): string;
}

export interface AnnexOptions {
  lang: Lang;
  /** The date on the document, YYYY-MM-DD. */
  date: string;
  /** The zone the decision log's times are written in; default the machine's own. */
  timeZone?: string;
}

function fileNameOf(title: string, suffix: string, format: AnnexFormat): string {
  const base = scenarioFileName(title).slice(0, -SCENARIO_SUFFIX.length);
  return `${base} - ${suffix}.${annexParts(format).type}`;
}

export function monitorDocument(scenario: Scenario, projection: Projection, options: AnnexOptions, monitor: Monitor = buildMonitor(scenario, projection)): MonitorDocument {
  return { monitor, lang: options.lang, date: options.date, ...(scenario.municipality ? { municipality: scenario.municipality } : {}) };
}

export function decisionsDocument(scenario: Scenario, options: AnnexOptions): DecisionsDocument {
  return {
    title: scenario.title,
    decisions: scenario.decisions ?? [],
    lang: options.lang,
    date: options.date,
    ...(scenario.municipality ? { municipality: scenario.municipality } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  };
}

/** The annex of a kind for a scenario (its projection is needed for the monitor only). */
export function annexOf(kind: AnnexKind, scenario: Scenario, projection: () => Projection, options: AnnexOptions): Annex {
  if (kind === 'monitor') {
    const doc = monitorDocument(scenario, projection(), options);
    const suffix = catalogue(options.lang).monitor.sheet.toLowerCase();
    return {
      kind,
      fileName: (format) => fileNameOf(scenario.title, suffix, format),
      markdown: () => monitorMarkdown(doc),
      xlsx: (excel) => writeMonitorXlsx(excel, doc),
      printHtml: () => monitorPrintHtml(doc),
      footerTemplate: () => monitorFooterTemplate(doc),
      browserPrintHtml: () => withPrintFooter(monitorPrintHtml(doc), { lang: doc.lang, title: catalogue(doc.lang).monitor.title(doc.monitor.title) }),
    };
  }
  const doc = decisionsDocument(scenario, options);
  return {
    kind,
    fileName: (format) => fileNameOf(scenario.title, catalogue(options.lang).decisions.fileSuffix, format),
    markdown: () => decisionsMarkdown(doc),
    xlsx: (excel) => writeDecisionsXlsx(excel, doc),
    printHtml: () => decisionsPrintHtml(doc),
    footerTemplate: () => decisionsFooterTemplate(doc),
    browserPrintHtml: () => withPrintFooter(decisionsPrintHtml(doc), { lang: doc.lang, title: catalogue(doc.lang).decisions.title(doc.title) }),
  };
}
