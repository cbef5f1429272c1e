import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { AUTO_LOCK_MINUTES, serviceSettingsSchema } from '../../../../shared/settings';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import { useMayCall } from '../../data/permissions';
import { formSchema } from '../../forms/form-schema';
import { FormTextField } from '../../forms/FormTextField';
import { useSchemaForm } from '../../forms/use-schema-form';
import { SettingsCard } from './SettingsCard';

type AutoLockForm = { autoLockMinutes: string };

/** What was typed, as the setting's schema reads it: blank is no number, anything else a number (or NaN). */
const autoLockSchema = formSchema(serviceSettingsSchema.pick({ autoLockMinutes: true }), ({ autoLockMinutes }: AutoLockForm) => ({
  autoLockMinutes: autoLockMinutes.trim() === '' ? undefined : Number(autoLockMinutes.trim()),
}));

function minutesText(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * Settings › Security › Auto-lock: how many idle minutes before IPS Desk locks itself. Everyone sees it;
 * the manager sets it for the whole team.
 */
export function AutoLockSection() {
  const settings = useIpcQuery('settings.get', {});
  const canEdit = useMayCall('settings.save');
  const minutes = settings.data?.autoLockMinutes;

  return (
    <SettingsCard
      id="auto-lock"
      title="Auto-lock"
      intro="IPS Desk locks itself when nobody has used the computer for a while, and at once when the computer locks, sleeps or switches user. The records are closed and must be unlocked again; changes not yet saved are lost."
    >
      <FormAlert>{settings.error?.message}</FormAlert>
      {minutes !== undefined && !canEdit ? (
        <Typography>
          IPS Desk locks after <strong>{minutesText(minutes)}</strong> without use. Your manager can change this.
        </Typography>
      ) : null}
      {minutes !== undefined && canEdit ? <AutoLockForm minutes={minutes} /> : null}
    </SettingsCard>
  );
}

function AutoLockForm({ minutes }: { minutes: number }) {
  const save = useIpcMutation('settings.save');
  const form = useSchemaForm({ schema: autoLockSchema, defaultValues: { autoLockMinutes: String(minutes) } });
  const [saved, setSaved] = useState<number | null>(null);

  const submit = form.submitWith(async (input) => {
    setSaved(null);
    const result = await save.run(input);
    if (!result.ok) return result.error;
    form.reset({ autoLockMinutes: String(result.data.autoLockMinutes) });
    setSaved(result.data.autoLockMinutes);
    return null;
  });

  return (
    <form noValidate onSubmit={submit} aria-label="Auto-lock">
      <FormAlert>{form.formMessage}</FormAlert>
      <FormTextField
        control={form.control}
        name="autoLockMinutes"
        id="autoLockMinutes"
        label="Lock after this many minutes without use"
        hint={`From ${AUTO_LOCK_MINUTES.min} to ${AUTO_LOCK_MINUTES.max}; ${AUTO_LOCK_MINUTES.default} unless you change it`}
        slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
        margin="none"
        sx={{ width: { xs: '100%', sm: 380 } }}
      />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mt: 2 }}>
        <Button type="submit" variant="contained" disabled={save.pending}>
          {save.pending ? 'Saving…' : 'Save auto-lock'}
        </Button>
        <Box role="status" aria-live="polite">
          {saved !== null ? (
            <Alert severity="success" sx={{ py: 0 }}>
              Saved: IPS Desk locks after {minutesText(saved)} without use.
            </Alert>
          ) : null}
        </Box>
      </Box>
    </form>
  );
}
