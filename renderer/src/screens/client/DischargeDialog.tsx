import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { formatUkDate, parseUkDate, todayIso } from '../../../../shared/dates';
import type { ClientDetail } from '../../../../shared/ipc/records';
import { FormAlert } from '../../components/FormAlert';
import { call } from '../../ipc';
import { DischargeReasonField } from './form/DischargeReasonField';
import { messageForForm } from './form/field-spec';
import { placeServiceIssues } from './form/server-issues';

/** Closes an episode: discharge date (not before the referral) and a reason. */
export function DischargeDialog({ detail, onClose, onDone }: { detail: ClientDetail; onClose(): void; onDone(): void }) {
  const [dateText, setDateText] = useState(formatUkDate(todayIso()));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const date = parseUkDate(dateText);
    const local: Record<string, string> = {};
    if (!dateText.trim()) local.discharge_date = 'Discharge date is required';
    else if (!date) local.discharge_date = 'Discharge date must be a real date (dd/mm/yyyy)';
    else if (date < detail.client.referral_date) {
      local.discharge_date = `Discharge date must be on or after the referral date (${formatUkDate(detail.client.referral_date)})`;
    }
    setErrors(local);
    if (Object.keys(local).length > 0 || !date) return;
    setPending(true);
    const result = await call('clients.discharge', { id: detail.client.id, discharge_date: date, discharge_reason: reason || null });
    setPending(false);
    if (result.ok) return onDone();
    const { placed } = placeServiceIssues(result.error, 'client', ['discharge_date', 'discharge_reason']);
    setErrors(Object.fromEntries(Object.entries(placed).map(([k, v]) => [k, messageForForm(v)])));
    setMessage(Object.keys(placed).length > 0 ? null : result.error.message);
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="discharge-title" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id="discharge-title">Discharge {detail.client.client_id}</DialogTitle>
        <DialogContent>
          <FormAlert>{message}</FormAlert>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <TextField
              id="discharge-date"
              label="Discharge date"
              required
              value={dateText}
              onChange={(e) => setDateText(e.target.value)}
              error={Boolean(errors.discharge_date)}
              helperText={errors.discharge_date ?? `dd/mm/yyyy · referred ${formatUkDate(detail.client.referral_date)}`}
              margin="none"
              slotProps={{ htmlInput: { autoComplete: 'off' } }}
              autoFocus
            />
            <DischargeReasonField id="discharge-reason" label="Reason" value={reason} onChange={setReason} error={errors.discharge_reason} />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ p: 2 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? 'Saving…' : 'Discharge'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
