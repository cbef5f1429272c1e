import { codeLabel, CONTACT_KIND, YES_NO_UNKNOWN } from '../../../../../shared/codes';
import { formatUkDate, todayIso } from '../../../../../shared/dates';
import { contactWarnings, type Contact } from '../../../../../shared/records';
import type { ClientDetail } from '../../../../../shared/ipc/records';
import { useIpcMutation } from '../../../data/ipc-query';
import type { RecordTabProps } from '../record-tabs';
import { ChildRecordTab } from './ChildRecordTab';
import { CONTACT_FORMS, newContactValues } from './contact-form';

type ContactRow = ClientDetail['contacts'][number];

const { fields, schema } = CONTACT_FORMS.client;

/** Contacts with the client, and with employers on the client's behalf, newest first. */
export function ContactsTab({ detail }: RecordTabProps) {
  const save = useIpcMutation('contacts.save');
  const remove = useIpcMutation('contacts.delete');
  const rows = [...detail.contacts].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <ChildRecordTab<ContactRow, typeof schema>
      writeChannel="contacts.save"
      noun="contact"
      heading="Contacts"
      rows={rows}
      columns={[
        { label: 'Date', cell: (c) => formatUkDate(c.date), nowrap: true },
        { label: 'Kind', cell: (c) => codeLabel(CONTACT_KIND, c.kind) },
        { label: 'Specialist', cell: (c) => c.specialist ?? 'Not recorded' },
        { label: 'Employer', cell: (c) => c.employer ?? (c.kind.startsWith('employer') ? 'Not recorded' : '') },
        { label: 'From preferences', cell: (c) => (c.kind.startsWith('employer') ? codeLabel(YES_NO_UNKNOWN, c.client_preference_based) : '') },
      ]}
      fields={fields}
      schema={schema}
      recordKey="contact"
      newValues={() => newContactValues(fields, { kind: 'client_face_to_face', specialist: detail.client.specialist ?? '' })}
      fixed={{ client_id: detail.client.client_id }}
      save={(id, contact) => save.run({ id, contact })}
      remove={(id) => remove.run({ id })}
      describe={(c) => `contact on ${formatUkDate(c.date)}`}
      warnings={(contact) => contactWarnings(contact as Pick<Contact, 'date'>, { today: todayIso(), client: detail.client })}
    />
  );
}
