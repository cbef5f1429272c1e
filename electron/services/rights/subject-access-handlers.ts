import { audited } from '../../../db/audited-write';
import { readServiceSettings } from '../../../db/repositories/settings-repository';
import { readSubjectAccessRecords } from '../../../db/repositories/subject-access-repository';
import type { Handlers, ParsedInput } from '../../../shared/ipc/contract';
import { subjectAccessFileName, type SubjectAccessData } from '../../../shared/rights/subject-access';
import { subjectAccessHtml, subjectAccessTitle } from '../../../shared/rights/subject-access-html';
import type { Caller } from '../../../shared/roles';
import { writeSubjectAccessWorkbook } from '../../xlsx/subject-access-workbook';
import { noPdfPrinter, type PdfPrinter } from '../pdf-printer';
import { recordNotFound } from '../records/record-errors';
import type { ServiceContext } from '../service-context';

/**
 * A subject access export: every record held about one client, read in the same transaction that records
 * the export in the audit trail (so the files are one consistent moment, and nobody takes a person's file out
 * unrecorded). The entry holds counts, not the records; a PDF printed on its own says so (`file: 'pdf'`).
 */
export function readSubjectAccessData(context: ServiceContext, caller: Caller, id: string, file?: 'pdf'): SubjectAccessData {
  const generatedOn = context.today();
  return context.write(caller, ({ db: tx, raw }) => {
    const records = readSubjectAccessRecords(tx, raw, id);
    if (!records) throw recordNotFound('client');
    const data: SubjectAccessData = { ...records, serviceName: readServiceSettings(tx).serviceName || 'IPS service', generatedOn, generatedBy: caller.user };
    const counts = { jobs: data.jobs.length, contacts: data.contacts.length, activities: data.activities.length, wellbeing: data.wellbeing.length, audit: data.audit.length };
    return audited(data, { action: 'client.subject_access_export', entity: 'client', entity_id: id, details: file ? { counts, file } : { counts } });
  });
}

async function exportSubjectAccess(context: ServiceContext, input: ParsedInput<'clients.subjectAccessExport'>, caller: Caller) {
  const data = readSubjectAccessData(context, caller, input.id);
  const workbook = await writeSubjectAccessWorkbook(data);
  return {
    workbook: { fileName: subjectAccessFileName(data.client.client_id, data.generatedOn, 'xlsx'), base64: workbook.toString('base64') },
    document: { html: subjectAccessHtml(data), title: subjectAccessTitle(data), pdfFileName: subjectAccessFileName(data.client.client_id, data.generatedOn, 'pdf') },
  };
}

/** The readable document as a PDF, printed by the app (the renderer cannot print to a file itself). */
async function printSubjectAccess(context: ServiceContext, printPdf: PdfPrinter, input: ParsedInput<'clients.subjectAccessPdf'>, caller: Caller) {
  const data = readSubjectAccessData(context, caller, input.id, 'pdf');
  const bytes = await printPdf(subjectAccessHtml(data));
  return { fileName: subjectAccessFileName(data.client.client_id, data.generatedOn, 'pdf'), base64: Buffer.from(bytes).toString('base64') };
}

export function createSubjectAccessHandlers(context: ServiceContext, printPdf: PdfPrinter = noPdfPrinter): Pick<Handlers, 'clients.subjectAccessExport' | 'clients.subjectAccessPdf'> {
  return {
    'clients.subjectAccessExport': (input, caller) => exportSubjectAccess(context, input, caller),
    'clients.subjectAccessPdf': (input, caller) => printSubjectAccess(context, printPdf, input, caller),
  };
}
