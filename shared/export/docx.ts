// A minimal Word document (Office Open XML, WordprocessingML) written by hand: paragraphs of
// runs (bold, size, colour, line breaks, tabs) and simple tables, on A4, in a stored ZIP. Enough
// for a one-page letter that Word, LibreOffice and Google Docs open; no library needed in the
// app or the command line.
import { zipStored } from './zip';

export interface DocxRun {
  text: string;
  bold?: boolean;
  /** Half-points (20 = 10 pt). */
  size?: number;
  /** Hex RGB without #. */
  colour?: string;
  /** A line break before the run (same paragraph). */
  breakBefore?: boolean;
}

export type DocxBlock =
  | { kind: 'paragraph'; runs: DocxRun[]; /** Twips before and after (default 0 and 120). */ before?: number; after?: number; /** A hanging indent for a bullet with a tab. */ indent?: boolean }
  /** The first column left, the others right-aligned (figures); header and total bold. */
  | { kind: 'table'; header: string[]; rows: string[][]; total?: string[] };

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
function xml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function run(r: DocxRun): string {
  const props = [r.bold ? '<w:b/>' : '', r.colour ? `<w:color w:val="${r.colour}"/>` : '', r.size ? `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>` : ''].join('');
  const pieces = r.text.split('\t').map((piece) => `<w:t xml:space="preserve">${xml(piece)}</w:t>`);
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${r.breakBefore ? '<w:br/>' : ''}${pieces.join('<w:tab/>')}</w:r>`;
}

function paragraph(runs: DocxRun[], options: { before?: number; after?: number; indent?: boolean; align?: 'right' } = {}): string {
  const spacing = `<w:spacing w:before="${options.before ?? 0}" w:after="${options.after ?? 120}"/>`;
  const indent = options.indent ? '<w:ind w:left="360" w:hanging="360"/>' : '';
  const align = options.align ? `<w:jc w:val="${options.align}"/>` : '';
  return `<w:p><w:pPr>${spacing}${indent}${align}</w:pPr>${runs.map(run).join('')}</w:p>`;
}

/** Content width of A4 with the margins below, in twips. */
const PAGE = { width: 11906, height: 16838, top: 1021, right: 1134, bottom: 907, left: 1247 };
const CONTENT = PAGE.width - PAGE.left - PAGE.right;

function table(block: Extract<DocxBlock, { kind: 'table' }>): string {
  const columns = block.header.length;
  const first = Math.round(CONTENT * 0.16);
  const other = Math.floor((CONTENT - first) / Math.max(1, columns - 1));
  const widths = block.header.map((_, i) => (i === 0 ? first : other));
  const border = (size: number, colour: string) => `w:val="single" w:sz="${size}" w:space="0" w:color="${colour}"`;
  const cell = (text: string, i: number, style: { bold?: boolean; shade?: boolean; rule?: 'head' | 'row' | 'total' }) => {
    const bottom = style.rule === 'head' ? border(8, '0B4F7C') : style.rule === 'total' ? border(8, '333333') : border(4, 'D5DDE5');
    const top = style.rule === 'total' ? `<w:top ${border(8, '333333')}/>` : '';
    const shade = style.shade ? '<w:shd w:val="clear" w:color="auto" w:fill="EEF3F8"/>' : '';
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/><w:tcBorders>${top}<w:bottom ${bottom}/></w:tcBorders>${shade}</w:tcPr>${paragraph([{ text, bold: style.bold }], { after: 0, align: i === 0 ? undefined : 'right' })}</w:tc>`;
  };
  const row = (cells: string[], style: Parameters<typeof cell>[2], header = false) =>
    `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((c, i) => cell(c, i, style)).join('')}</w:tr>`;
  return [
    `<w:tbl><w:tblPr><w:tblW w:w="${CONTENT}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    row(block.header, { bold: true, shade: true, rule: 'head' }, true),
    ...block.rows.map((r) => row(r, { rule: 'row' })),
    block.total ? row(block.total, { bold: true, rule: 'total' }) : '',
    '</w:tbl>',
    // Word needs a paragraph after a table; a small one keeps the space as in the PDF.
    paragraph([], { after: 120 }),
  ].join('');
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function documentXml(blocks: readonly DocxBlock[]): string {
  const body = blocks.map((b) => (b.kind === 'table' ? table(b) : paragraph(b.runs, b))).join('');
  const section = `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/><w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}${section}</w:body></w:document>`;
}

function stylesXml(lang: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="${xml(lang)}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

function coreXml(title: string, lang: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xml(title)}</dc:title><dc:language>${xml(lang)}</dc:language></cp:coreProperties>`;
}

/** A .docx file of these blocks. `lang` is a BCP 47 tag (nl-NL, en-GB) for Word's spelling check. */
export function docxDocument(doc: { lang: string; title: string; blocks: readonly DocxBlock[] }): Uint8Array {
  return zipStored([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: documentXml(doc.blocks) },
    { name: 'word/_rels/document.xml.rels', data: DOCUMENT_RELS },
    { name: 'word/styles.xml', data: stylesXml(doc.lang) },
    { name: 'docProps/core.xml', data: coreXml(doc.title, doc.lang) },
  ]);
}
