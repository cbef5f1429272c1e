/**
 * Why a template is refused as a whole (before any cell is looked at). Each message says what is wrong
 * and what to do; `code` lets a screen or the CLI react without parsing words.
 */
export type RefusalCode = 'not_xlsx' | 'xls' | 'macros' | 'encrypted' | 'damaged' | 'too_large';

export class TemplateRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'TemplateRefusal';
  }
}

export const NOT_XLSX_MESSAGE =
  'The file is not an Excel workbook (.xlsx). Open it in Excel or LibreOffice Calc and save it as "Excel Workbook (.xlsx)", then add it again.';
export const XLS_MESSAGE =
  'The file is an old-style Excel workbook (.xls). Open it in Excel or LibreOffice Calc, save it as "Excel Workbook (.xlsx)", then add it again.';
export const MACROS_MESSAGE =
  'The workbook contains macros (.xlsm). IPS Desk does not fill workbooks with macros: save a copy as "Excel Workbook (.xlsx)" (which leaves the macros out) and add that.';
export const ENCRYPTED_MESSAGE =
  'The workbook is password-protected, so IPS Desk cannot read it. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear the box), save it and add it again.';

export function damaged(detail: string): TemplateRefusal {
  return new TemplateRefusal(
    'damaged',
    `The workbook is damaged and cannot be filled (${detail}). Open it in Excel or LibreOffice Calc, save it again as .xlsx, and add the saved copy.`,
  );
}

const MB = 1024 * 1024;
const sizeText = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

export function tooLarge(what: string, limit: number): TemplateRefusal {
  return new TemplateRefusal(
    'too_large',
    `The workbook is suspiciously large: ${what} is more than ${sizeText(limit)}. A return template should be far smaller; check that this is the right file.`,
  );
}
