import { audited } from '../../../db/audited-write';
import { readServiceSettings } from '../../../db/repositories/settings-repository';
import { readSubjectAccessRecords } from '../../../db/repositories/subject-access-repository';
import type { Handlers, ParsedInput } from '../../../shared/ipc/contract';
import { subjectAccessFileName, type SubjectAccessData } from '../../../shared/rights/subject-access';
import { subjectAccessHtml, subjectAccessTitle } from '../../../shared/rights/subject-access-html';
import type { Caller } from '../../../shared/roles';
import { writeSubjectAccessWorkbook } from '../../xlsx/subject-access-workbook';
import { recordNotFound } from '../records/record-errors';
import type { ServiceContext } from '../service-context';

/**
 * A subject access export: every record held about one client, read in the same transaction that records
 * the export in the audit trail (so the files are one consistent moment, and nobody takes a person's file out
 * unrecorded). The entry holds counts, not the records.
 */
export function readSubjectAccessData(context: ServiceContext, caller: Caller, id: string): SubjectAccessData {
  const generatedOn = context.today();
  return context.write(caller, ({ db: tx, raw }) => {
    const records = readSubjectAccessRecords(tx, raw, id);
    if (!records) throw recordNotFound('client');
    const data: SubjectAccessData = { ...records, serviceName: readServiceSettings(tx).serviceName || 'IPS service', generatedOn, generatedBy: caller.user };
    const counts = { jobs: data.jobs.length, contacts: data.contacts.length, activities: data.activities.length, wellbeing: data.wellbeing.length, audit: data.audit.length };
    return audited(data, { action: 'client.subject_access_export', entity: 'client', entity_id: id, details: { counts } });
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

export function createSubjectAccessHandlers(context: ServiceContext): Pick<Handlers, 'clients.subjectAccessExport'> {
  return { 'clients.subjectAccessExport': (input, caller) => exportSubjectAccess(context, input, caller) };
}
