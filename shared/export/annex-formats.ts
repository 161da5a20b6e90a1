// The formats of a scenario's annexes (#22): the realisation monitor and the decision log
// (besluitenlijst), each as PDF, XLSX or Markdown. `vcp export FILE --format decisions-md` and the
// app's export dialog list them from here.
import { EXPORT_MIME, MONITOR_FORMATS, type MonitorFormat } from './formats';

export const DECISIONS_FORMATS = ['decisions-pdf', 'decisions-xlsx', 'decisions-md'] as const;
export type DecisionsFormat = (typeof DECISIONS_FORMATS)[number];

export const ANNEX_FORMATS: readonly AnnexFormat[] = [...MONITOR_FORMATS, ...DECISIONS_FORMATS];
export type AnnexFormat = MonitorFormat | DecisionsFormat;
export type AnnexKind = 'monitor' | 'decisions';
export type AnnexFileType = 'pdf' | 'xlsx' | 'md';

export function isAnnexFormat(format: string): format is AnnexFormat {
  return (ANNEX_FORMATS as readonly string[]).includes(format);
}

/** "decisions-xlsx" → the decision log as an XLSX. */
export function annexParts(format: AnnexFormat): { kind: AnnexKind; type: AnnexFileType } {
  const [kind, type] = format.split('-') as [AnnexKind, AnnexFileType];
  return { kind, type };
}

export function annexMime(format: AnnexFormat): string {
  return EXPORT_MIME[annexParts(format).type];
}
