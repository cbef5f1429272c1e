import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ScreenHeading } from '../../components/ScreenHeading';
import { call, useIpc } from '../../ipc';
import { DateRangeFilter, type DateRange } from './DateRangeFilter';
import { EmployerContactDialog, type EmployerContactRow } from './EmployerContactDialog';
import { EmployerContactsGrid } from './EmployerContactsGrid';

type Editing = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; row: EmployerContactRow };

/** Contacts with employers, whether or not on behalf of one client: the IPS job-development log. */
export function EmployersScreen() {
  const [range, setRange] = useState<DateRange>({ from: null, to: null });
  const [rows, setRows] = useState<EmployerContactRow[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [clientRecordIds, setClientRecordIds] = useState<Map<string, string>>(new Map());
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const [deleting, setDeleting] = useState<EmployerContactRow | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const remove = useIpc('contacts.delete');

  const load = useCallback(async (dates: DateRange) => {
    const [contacts, clients] = await Promise.all([call('contacts.listEmployer', dates), call('clients.list', {})]);
    if (!contacts.ok) return setLoadError(contacts.error.message);
    setLoadError(null);
    setRows(contacts.data.rows);
    if (clients.ok) setClientRecordIds(new Map(clients.data.rows.map((client) => [client.client_id, client.id])));
  }, []);

  useEffect(() => {
    void load(range);
  }, [load, range]);

  async function confirmDelete() {
    if (!deleting) return;
    const result = await remove.run({ id: deleting.id });
    if (!result.ok) return;
    setAnnouncement(`Deleted the contact with ${deleting.employer ?? 'the employer'} on ${formatUkDate(deleting.date)}.`);
    setDeleting(null);
    void load(range);
  }

  const count = rows?.length ?? 0;
  return (
    <>
      <ScreenHeading title="Employers and contacts">Employers and contacts</ScreenHeading>
      <Typography sx={{ mb: 2, maxWidth: 760 }}>
        Every contact your specialists make with employers, including job development not tied to one client. Contacts
        with clients themselves are logged on each client&apos;s record.
      </Typography>
      <Button variant="contained" startIcon={<AddIcon aria-hidden="true" />} onClick={() => setEditing({ kind: 'add' })} sx={{ mb: 3 }}>
        Add employer contact
      </Button>
      <DateRangeFilter onApply={setRange} />
      {loadError ? (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {loadError}
        </Alert>
      ) : null}
      <Typography role="status" aria-live="polite" sx={{ mb: 1, fontWeight: 700 }} data-testid="employer-contact-count">
        {rows === null ? 'Loading contacts…' : `${count.toLocaleString('en-GB')} employer ${count === 1 ? 'contact' : 'contacts'}${range.from || range.to ? ` from ${range.from ? formatUkDate(range.from) : 'the start'} to ${range.to ? formatUkDate(range.to) : 'today'}` : ''}`}
        {announcement ? ` · ${announcement}` : ''}
      </Typography>
      {rows ? (
        <EmployerContactsGrid rows={rows} clientRecordIds={clientRecordIds} onEdit={(row) => setEditing({ kind: 'edit', row })} onDelete={setDeleting} />
      ) : null}
      {editing.kind !== 'closed' ? (
        <EmployerContactDialog
          editing={editing.kind === 'edit' ? editing.row : null}
          onClose={() => setEditing({ kind: 'closed' })}
          onSaved={() => {
            setAnnouncement(editing.kind === 'edit' ? 'Contact saved.' : 'Contact added.');
            setEditing({ kind: 'closed' });
            void load(range);
          }}
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
          remove.setError(null);
          setDeleting(null);
        }}
      >
        {deleting ? `The contact with ${deleting.employer ?? 'the employer'} on ${formatUkDate(deleting.date)} will be removed. This cannot be undone.` : ''}
      </ConfirmDialog>
    </>
  );
}
