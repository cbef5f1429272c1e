import { formatUkDate } from '../dates';
import { SUBJECT_ACCESS_TABLES, clientFields, subjectName, type SubjectAccessData, type SubjectAccessValue } from './subject-access';

/**
 * The readable copy of a subject access export: one self-contained HTML document (no script, no external
 * files, A4 print styles) that the app prints to PDF with Electron's printToPDF and the tests and the harness
 * with Chromium's page.pdf. Every text from the database is escaped, so no record can add markup.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function cell(value: SubjectAccessValue): string {
  if (value === null) return '<span class="blank">Not recorded</span>';
  if (typeof value === 'object') return esc(formatUkDate(value.date));
  if (typeof value === 'number') return esc(value.toLocaleString('en-GB'));
  // Audit entries list one changed field a line.
  return esc(value).replace(/\n/g, '<br>');
}

/**
 * A CSS string for the page footer. Inside <style> only `</style` ends the sheet, so `<`, `>`, `&`, quotes
 * and backslashes are written as CSS escapes: no name can end the string or the style sheet.
 */
function cssString(text: string): string {
  return `"${text.replace(/[\r\n]+/g, ' ').replace(/[\\"'<>&]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

const styles = (footer: string) => `
  @page {
    size: A4;
    margin: 16mm 14mm 18mm;
    @bottom-left { content: ${cssString(footer)}; font: 8pt Arial, Helvetica, sans-serif; color: #4c6272; }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, Helvetica, sans-serif; color: #4c6272; }
  }
  * { box-sizing: border-box; }
  body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.4; color: #212b32; margin: 0; }
  h1 { font-size: 17pt; margin: 0 0 4mm; }
  h2 { font-size: 13pt; margin: 7mm 0 2mm; break-after: avoid; page-break-after: avoid; border-bottom: 0.4mm solid #005eb8; padding-bottom: 1mm; }
  p { margin: 0 0 2.5mm; }
  h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
  table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; table-layout: fixed; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.6mm; border: 0.2mm solid #aeb7bd; overflow-wrap: anywhere; }
  th { background: #e8edee; font-weight: bold; }
  table.fields th { width: 42%; }
  .blank { color: #4c6272; font-style: italic; }
  .meta { color: #4c6272; }
  @media screen { body { max-width: 190mm; margin: 8mm auto; padding: 0 6mm; } }
`;

function fieldsTable(fields: readonly (readonly [string, SubjectAccessValue])[]): string {
  const rows = fields.map(([heading, value]) => `<tr><th scope="row">${esc(heading)}</th><td>${cell(value)}</td></tr>`);
  return `<table class="fields"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function recordTable(data: SubjectAccessData, table: (typeof SUBJECT_ACCESS_TABLES)[number]): string {
  const rows = table.rows(data);
  const heading = `<h2 id="${table.key}">${esc(table.title)} (${rows.length.toLocaleString('en-GB')})</h2>`;
  if (rows.length === 0) return `${heading}\n<p>${esc(table.none)}</p>`;
  const { print } = table;
  if (print.layout === 'card') {
    const cards = rows.map((r) => `<h3>${esc(print.cardTitle(r))}</h3>\n${fieldsTable(table.columns.map((c) => [c.header, c.value(r)] as const))}`);
    return `${heading}\n${cards.join('\n')}`;
  }
  const cols = print.widths.map((w) => `<col style="width: ${w}%">`).join('');
  const head = table.columns.map((c) => `<th scope="col">${esc(c.header)}</th>`).join('');
  const body = rows.map((r) => `<tr>${table.columns.map((c) => `<td>${cell(c.value(r))}</td>`).join('')}</tr>`);
  return `${heading}\n<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

export function subjectAccessTitle(data: SubjectAccessData): string {
  return `Records held about ${subjectName(data)}`;
}

export function subjectAccessHtml(data: SubjectAccessData): string {
  const title = subjectAccessTitle(data);
  const anonymised = data.record.anonymisedAt
    ? `<p>These records were anonymised on ${esc(formatUkDate(data.record.anonymisedAt))} under the service's retention rule: names, NHS number, date of birth and free text were removed then, and are no longer held.</p>`
    : '';
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${styles(`${title}: ${data.serviceName}, ${formatUkDate(data.generatedOn)}`)}</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p class="meta">${esc(data.serviceName)}, individual placement and support (IPS) employment service. Prepared on ${esc(formatUkDate(data.generatedOn))} by ${esc(data.generatedBy)} in answer to a subject access request.</p>
<p>This document lists every record the service holds about this person in IPS Desk, its records system: the client record, jobs, contacts with the person and with employers on their behalf, education, volunteering and retirement, wellbeing scores, and the audit trail of who created, changed or opened these records. The same records come as a spreadsheet with one sheet for each kind of record.</p>
${anonymised}
<h2 id="client">Client record</h2>
${fieldsTable(clientFields(data))}
${SUBJECT_ACCESS_TABLES.map((t) => recordTable(data, t)).join('\n')}
</body>
</html>
`;
}
