import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import { contactWarnings, type Contact } from '../../../../shared/records';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import { toFormValues } from '../../forms/field-spec';
import { RecordFormDialog } from '../../forms/RecordFormDialog';
import { CONTACT_FORMS, newContactValues } from '../client/tabs/contact-form';
import { DateRangeFilter, type DateRange } from './DateRangeFilter';
import { EmployerContactsGrid, type EmployerContactRow } from './EmployerContactsGrid';
import { useMayCall } from '../../data/permissions';

type Editing = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; row: EmployerContactRow };

const { fields, schema } = CONTACT_FORMS.employer;

/** Client ID → record id, to link "on behalf of" to the client's record. */
function recordIdsOf(list: ChannelOutput<'clients.list'>): ReadonlyMap<string, string> {
  return new Map(list.rows.map((client) => [client.client_id, client.id]));
}

/** Client ID → referral date, for the sense check of a contact before the client's referral. */
function referralsOf(list: ChannelOutput<'clients.list'>): ReadonlyMap<string, string> {
  return new Map(list.rows.map((client) => [client.client_id, client.referral_date]));
}

function employerText(row: EmployerContactRow): string {
  return row.employer ?? 'an employer not recorded';
}

/** Contacts with employers, whether or not on behalf of one client: the IPS job-development log. */
export function EmployerContactsLog() {
  const [range, setRange] = useState<DateRange>({ from: null, to: null });
  const contacts = useIpcQuery('contacts.listEmployer', range, { keepPrevious: true });
  const { data: clientRecordIds = new Map<string, string>() } = useIpcQuery('clients.list', {}, { select: recordIdsOf });
  const { data: referrals = new Map<string, string>() } = useIpcQuery('clients.list', {}, { select: referralsOf });
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const mayWrite = useMayCall('contacts.save');
  const [deleting, setDeleting] = useState<EmployerContactRow | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const save = useIpcMutation('contacts.save');
  const remove = useIpcMutation('contacts.delete');

  async function confirmDelete() {
    if (!deleting) return;
    const result = await remove.run({ id: deleting.id });
    if (!result.ok) return;
    setAnnouncement(`Deleted the contact with ${employerText(deleting)} on ${formatUkDate(deleting.date)}.`);
    setDeleting(null);
  }

  const rows = contacts.data?.rows;
  const count = rows?.length ?? 0;
  const editingRow = editing.kind === 'edit' ? editing.row : null;
  return (
    <>
      <Typography sx={{ mb: 2, maxWidth: 760 }}>
        Every contact your specialists make with employers, including job development not tied to one client. Contacts
        with clients themselves are logged on each client&apos;s record.
      </Typography>
      {mayWrite ? (
        <Button variant="contained" startIcon={<AddIcon aria-hidden="true" />} onClick={() => setEditing({ kind: 'add' })} sx={{ mb: 3 }}>
          Add employer contact
        </Button>
      ) : null}
      <DateRangeFilter onApply={setRange} />
      <FormAlert>{contacts.error?.message}</FormAlert>
      <Typography role="status" aria-live="polite" sx={{ mb: 1, fontWeight: 700 }} data-testid="employer-contact-count">
        {rows === undefined ? 'Loading contacts…' : `${count.toLocaleString('en-GB')} employer ${count === 1 ? 'contact' : 'contacts'}${range.from || range.to ? ` from ${range.from ? formatUkDate(range.from) : 'the start'} to ${range.to ? formatUkDate(range.to) : 'today'}` : ''}`}
        {announcement ? ` · ${announcement}` : ''}
      </Typography>
      {rows ? (
        <EmployerContactsGrid rows={rows} clientRecordIds={clientRecordIds} onEdit={(row) => setEditing({ kind: 'edit', row })} onDelete={setDeleting} />
      ) : null}
      {editing.kind !== 'closed' ? (
        <RecordFormDialog
          title={editingRow ? 'Edit employer contact' : 'Add employer contact'}
          idPrefix="contact"
          fields={fields}
          schema={schema}
          recordKey="contact"
          initialValues={
            editingRow ? toFormValues(editingRow as unknown as Record<string, unknown>, fields) : newContactValues(fields, { kind: 'employer_face_to_face' })
          }
          warnings={(contact) => {
            const client = typeof contact.client_id === 'string' ? referrals.get(contact.client_id) : undefined;
            return contactWarnings(contact as Pick<Contact, 'date'>, { today: todayIso(), client: client ? { referral_date: client } : null });
          }}
          save={async (contact) => {
            const result = await save.run({ id: editingRow?.id ?? null, contact });
            if (!result.ok) return result.error;
            setAnnouncement(editingRow ? 'Contact saved.' : 'Contact added.');
            setEditing({ kind: 'closed' });
            return null;
          }}
          onClose={() => setEditing({ kind: 'closed' })}
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this employer contact?"
        confirmLabel="Delete contact"
        pending={remove.pending}
        error={remove.error?.message}
        onConfirm={() => void confirmDelete()}
        onCancel={() => {
          remove.reset();
          setDeleting(null);
        }}
      >
        {deleting ? `The contact with ${employerText(deleting)} on ${formatUkDate(deleting.date)} will be removed. This cannot be undone.` : ''}
      </ConfirmDialog>
    </>
  );
}
