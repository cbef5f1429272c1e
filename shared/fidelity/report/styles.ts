import { cssString } from './html';

/**
 * Print styles for the report: A4 portrait, page numbers and the review named in the footer of every page,
 * table headers repeated on each page, and nothing split that reads badly split (an item, a table row).
 * Colours are NHS blue and greys, and nothing relies on colour alone.
 */
export function reportStyles(footer: string, draft: boolean): string {
  return `
@page {
  size: A4;
  margin: 18mm 16mm 20mm 16mm;
  @bottom-left { content: ${cssString(footer)}; font: 8pt Arial, Helvetica, sans-serif; color: #4c6272; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, Helvetica, sans-serif; color: #4c6272; }
  ${draft ? '@top-center { content: "DRAFT: NOT FINAL"; font: bold 9pt Arial, Helvetica, sans-serif; color: #8a1538; }' : ''}
}
:root { --blue: #005eb8; --dark: #003087; --grey: #4c6272; --pale: #e8edee; --line: #aeb7bd; }
* { box-sizing: border-box; }
html { font: 10pt/1.4 Arial, Helvetica, sans-serif; color: #212b32; }
body { margin: 0; }
main { max-width: 178mm; margin: 0 auto; }
h1, h2, h3, h4 { color: var(--dark); line-height: 1.2; break-after: avoid; }
h1 { font-size: 19pt; margin: 0 0 2mm; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; padding-bottom: 1mm; border-bottom: 0.6mm solid var(--blue); }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
h4 { font-size: 10.5pt; margin: 0 0 1.5mm; }
p { margin: 0 0 2mm; }
.kicker { font-size: 10pt; color: var(--grey); margin: 0 0 1mm; text-transform: uppercase; letter-spacing: 0.04em; }
.draft-banner { border: 0.5mm solid #8a1538; color: #8a1538; padding: 2mm 3mm; margin: 0 0 4mm; font-weight: bold; }
.headline { display: flex; gap: 6mm; align-items: flex-start; margin: 4mm 0 2mm; }
.headline .facts { flex: 1; }
.scorebox { width: 48mm; border: 0.4mm solid var(--blue); padding: 3mm; text-align: center; }
.scorebox .total { font-size: 26pt; font-weight: bold; color: var(--dark); line-height: 1.1; }
.scorebox .out-of { font-size: 10pt; color: var(--grey); }
.scorebox .band { display: inline-block; margin-top: 2mm; padding: 0.8mm 3mm; background: var(--blue); color: #fff; font-weight: bold; }
.scorebox .band.none { background: var(--pale); color: #212b32; font-weight: normal; }
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; }
table.compact th, table.compact td { padding: 0.8mm 2mm; }
table.fixed { table-layout: fixed; }
table.keep { break-inside: avoid; }
caption { break-after: avoid; }
caption { text-align: left; font-weight: bold; color: var(--dark); padding: 0 0 1.5mm; }
th, td { text-align: left; vertical-align: top; padding: 1.4mm 2mm; border-bottom: 0.2mm solid var(--line); }
thead th { background: var(--pale); border-bottom: 0.4mm solid var(--grey); }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.facts th { width: 34mm; color: var(--grey); font-weight: normal; }
tfoot th, tfoot td { font-weight: bold; border-top: 0.4mm solid var(--grey); }
.item { break-inside: avoid; border-left: 1mm solid var(--pale); padding: 0 0 0 3mm; margin: 0 0 4mm; }
.item-head { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; margin: 0 0 1.5mm; }
.item-head h3, .item-head h4 { font-size: 10.5pt; margin: 0; }
.item-head .score { margin: 0; white-space: nowrap; font-weight: bold; color: var(--dark); }
.item .desc { color: var(--grey); }
.item dl { display: grid; grid-template-columns: 36mm 1fr; gap: 1mm 3mm; margin: 1.5mm 0 0; }
.item dt { font-weight: bold; }
.item dd { margin: 0; }
.unscored { color: #8a1538; font-weight: bold; }
.muted { color: var(--grey); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.notes { margin: 0; padding-left: 4mm; }
.notes li { margin: 0 0 0.8mm; }
figure { margin: 2mm 0 4mm; break-inside: avoid; }
figcaption { font-size: 9pt; color: var(--grey); margin-top: 1mm; }
svg text { font-family: Arial, Helvetica, sans-serif; }
.endnote { margin-top: 8mm; font-size: 8.5pt; color: var(--grey); border-top: 0.2mm solid var(--line); padding-top: 2mm; }
@media screen {
  html { background: #f0f4f5; }
  main { max-width: 210mm; background: #fff; padding: 16mm; margin: 8mm auto; box-shadow: 0 0 2mm rgba(0, 0, 0, 0.15); }
}
`;
}
