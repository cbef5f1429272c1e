import { codeLabel, CONTACT_KIND, YES_NO_UNKNOWN } from '../../../../../shared/codes';
import { formatUkDate } from '../../../../../shared/dates';
import type { ClientDetail } from '../../../../../shared/ipc/records';
import { contactSchema, type Contact } from '../../../../../shared/records';
import { call } from '../../../ipc';
import type { FieldSpec } from '../form/field-spec';
import type { RecordTabProps } from '../record-tabs';
import { ChildRecordTab } from './ChildRecordTab';

type ContactRow = ClientDetail['contacts'][number];

const CONTACT_FIELDS: FieldSpec<keyof Contact & string>[] = [
  { name: 'date', label: 'Date', kind: 'date', required: true },
  { name: 'kind', label: 'Kind of contact', kind: 'code', list: CONTACT_KIND, required: true },
  { name: 'specialist', label: 'Employment specialist', kind: 'text' },
  { name: 'employer', label: 'Employer', kind: 'text', hint: 'for employer contacts' },
  {
    name: 'client_preference_based',
    label: "Employer chosen from the client's preferences",
    kind: 'code',
    list: YES_NO_UNKNOWN,
    hint: 'employer contacts (Sainsbury C2)',
  },
];

/** Contacts with the client, and with employers on the client's behalf, newest first. */
export function ContactsTab({ detail, reload }: RecordTabProps) {
  const rows = [...detail.contacts].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <ChildRecordTab<ContactRow, typeof contactSchema>
      noun="contact"
      heading="Contacts"
      rows={rows}
      columns={[
        { label: 'Date', cell: (c) => formatUkDate(c.date), nowrap: true },
        { label: 'Kind', cell: (c) => codeLabel(CONTACT_KIND, c.kind) },
        { label: 'Specialist', cell: (c) => c.specialist ?? 'Not recorded' },
        { label: 'Employer', cell: (c) => c.employer ?? '' },
        { label: 'From preferences', cell: (c) => (c.kind.startsWith('employer') ? codeLabel(YES_NO_UNKNOWN, c.client_preference_based) : '') },
      ]}
      fields={CONTACT_FIELDS}
      schema={contactSchema}
      recordKey="contact"
      newValues={() => ({ kind: 'client_face_to_face', specialist: detail.client.specialist ?? '' })}
      fixed={{ client_id: detail.client.client_id }}
      save={(id, contact) => call('contacts.save', { id, contact })}
      remove={(id) => call('contacts.delete', { id })}
      describe={(c) => `contact on ${formatUkDate(c.date)}`}
      reload={reload}
    />
  );
}
