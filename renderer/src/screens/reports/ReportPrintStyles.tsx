import { formatUkDate } from '../../../../shared/dates';

/** A CSS string literal holding `text` (printed in the page margins). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;
}

interface Props {
  serviceName: string;
  period: { label: string; start: string; end: string; as_of: string };
}

/**
 * The Reports screen on paper: A4, only the report (no navigation, buttons or period picker), figures three
 * to a row in smaller type, and in the margin of every page the service, the period and the as-of date, with page numbers.
 * A plain <style> rather than the theme's styles: the page-margin boxes of @page are CSS the style engine
 * does not write.
 */
export function ReportPrintStyles({ serviceName, period }: Props) {
  const top = cssString(`${serviceName} · ${period.label}`);
  const right = cssString(`${formatUkDate(period.start)} to ${formatUkDate(period.end)} · figures as of ${formatUkDate(period.as_of)}`);
  const css = `
@media print {
  @page {
    size: A4;
    margin: 18mm 12mm 16mm 12mm;
    @top-left { content: ${top}; font: 9pt Arial, sans-serif; color: #212B32; }
    @top-right { content: ${right}; font: 9pt Arial, sans-serif; color: #212B32; }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif; color: #212B32; }
    @bottom-left { content: "IPS Desk"; font: 9pt Arial, sans-serif; color: #4C6272; }
  }
  html { font-size: 12px; }
  html, body { background: #FFFFFF !important; }
  .skip-link, header.MuiAppBar-root, nav, .no-print, .MuiTabs-root { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  .report-print-header { display: block !important; margin-bottom: 6mm; }
  .metric-grid { grid-template-columns: repeat(3, minmax(0, 1fr)) !important; gap: 3mm !important; }
  .report-section > div:first-child, article, figure, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: #212B32 !important; text-decoration: none !important; }
  .MuiPaper-root { box-shadow: none !important; }
}`;
  return <style>{css}</style>;
}
