// The bytes of a scenario's annex (#22: the realisation monitor, the decision log), made from the
// same writers as `vcp export --format monitor-…|decisions-…` (shared/export/annex.ts).
import type { Annex } from '../../../shared/export/annex';
import { annexMime, annexParts, type AnnexFormat } from '../../../shared/export/annex-formats';
import { PAGE_MARGINS_MM } from '../../../shared/export/print-html';
import { excelModuleOf } from '../../../shared/export/xlsx';
import type { ExportOutput, PdfPrinter } from './export-bytes';

export async function produceAnnex(annex: Annex, format: AnnexFormat, host: { printToPdf?: PdfPrinter } = {}): Promise<ExportOutput> {
  const fileName = annex.fileName(format);
  const mime = annexMime(format);
  switch (annexParts(format).type) {
    case 'md':
      return { fileName, mime, data: annex.markdown() };
    case 'xlsx':
      return { fileName, mime, data: await annex.xlsx(excelModuleOf(await import('exceljs'))) };
    case 'pdf': {
      if (!host.printToPdf) throw new Error('no PDF printer');
      return { fileName, mime, data: await host.printToPdf(annex.printHtml(), { footerTemplate: annex.footerTemplate(), marginsMm: PAGE_MARGINS_MM }) };
    }
  }
}
