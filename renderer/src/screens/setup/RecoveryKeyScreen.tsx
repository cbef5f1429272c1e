import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import { RECOVERY_SHEET_SECTIONS, RECOVERY_SHEET_TITLE } from '../../../../shared/recovery-sheet';
import type { NewRecoveryKey } from '../../app/recovery-key-handover';
import { PublicLayout } from '../../components/PublicLayout';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatRecoveryKey, recoveryKeyRows } from '../../forms/recovery-key-format';
import { useSchemaForm } from '../../forms/use-schema-form';

type CopyState = 'idle' | 'copied' | 'failed';

// Nothing is sent: the service has already stored the key's slot. The form only makes sure it was kept.
const storedSchema = z.object({ stored: z.boolean().refine((stored) => stored, 'Confirm that you have stored the recovery key before you continue') });

/** Rows of four groups that never break inside a row; the text still reads as the whole key, dashes and all. */
function KeyRows({ formatted }: { formatted: string }) {
  const rows = recoveryKeyRows(formatted, 4);
  return rows.map((row, index) => (
    <Box component="span" key={row} sx={{ display: 'inline-block', whiteSpace: 'nowrap', mx: '0.25em' }}>
      {index < rows.length - 1 ? `${row}-` : row}
    </Box>
  ));
}

const keyStyle = {
  fontFamily: '"Courier New", Courier, monospace',
  fontWeight: 700,
  fontSize: { xs: '1.25rem', sm: '1.6rem' },
  letterSpacing: '0.05em',
  lineHeight: 1.6,
  wordSpacing: '0.2em',
} as const;

type Props = NewRecoveryKey & { serviceName: string; onContinue(): void };

/**
 * Shown once, straight after set-up or a change of the database key: the only way back in if every
 * passphrase is forgotten.
 */
export function RecoveryKeyScreen({ recoveryKey, reason, backupNote, serviceName, onContinue }: Props) {
  const form = useSchemaForm({ schema: storedSchema, defaultValues: { stored: false } });
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const formatted = formatRecoveryKey(recoveryKey);
  const created = formatUkDate(todayIso());

  async function copy() {
    try {
      await navigator.clipboard.writeText(formatted);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }

  const submit = form.submitWith(async () => {
    onContinue();
    return null;
  });

  return (
    <PublicLayout serviceName={serviceName}>
      <ScreenHeading title="Your recovery key">{reason === 'key-changed' ? 'Your new recovery key' : 'Your recovery key'}</ScreenHeading>
      {reason === 'key-changed' ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          The database key has been changed. Your old recovery key no longer opens the records: destroy the old printout once this one is
          stored. {backupNote}
        </Alert>
      ) : null}
      <Typography sx={{ mb: 2 }}>
        If everyone forgets their passphrase, this key is the only way to open your records. It will not be shown
        again. Print it or write it down, and keep it locked away from this computer.
      </Typography>

      <Box
        id="recovery-key"
        aria-label="Recovery key"
        role="group"
        sx={{ border: 2, borderColor: 'primary.main', borderRadius: 1, bgcolor: '#FFFFFF', p: 2, my: 2, textAlign: 'center' }}
      >
        <Typography component="p" data-testid="recovery-key" sx={keyStyle}>
          <KeyRows formatted={formatted} />
        </Typography>
      </Box>

      <Stack direction="row" spacing={2} sx={{ mb: 1 }}>
        <Button variant="outlined" onClick={copy}>
          Copy
        </Button>
        <Button variant="outlined" onClick={() => window.print()}>
          Print
        </Button>
      </Stack>
      <Box role="status" sx={{ minHeight: '1.5em', mb: 2 }}>
        {copyState === 'copied' ? <Typography>Copied. Paste it somewhere safe, not on this computer.</Typography> : null}
        {copyState === 'failed' ? (
          <Alert severity="warning" role="none">
            Could not copy automatically. Select the key above and copy it, or use Print.
          </Alert>
        ) : null}
      </Box>

      <form onSubmit={submit} noValidate aria-label="Confirm the recovery key is stored">
        <Controller
          control={form.control}
          name="stored"
          render={({ field, fieldState }) => (
            <FormControl error={Boolean(fieldState.error)} required>
              <FormControlLabel
                control={
                  <Checkbox
                    checked={field.value}
                    onChange={(event) => field.onChange(event.target.checked)}
                    onBlur={field.onBlur}
                    slotProps={{ input: { ref: field.ref, 'aria-describedby': fieldState.error ? 'stored-error' : undefined } as object }}
                  />
                }
                label="I have printed or stored this recovery key somewhere safe"
              />
              {fieldState.error ? <FormHelperText id="stored-error">{fieldState.error.message}</FormHelperText> : null}
            </FormControl>
          )}
        />
        <Box>
          <Button type="submit" variant="contained" size="large" sx={{ mt: 2 }}>
            Continue
          </Button>
        </Box>
      </form>

      {/* One A4 page (the page size is set in global-styles.tsx): the key, then what to do with it. */}
      <Box className="print-only" data-testid="recovery-sheet" sx={{ color: '#000000', fontSize: '11pt', lineHeight: 1.4 }}>
        <Typography component="p" sx={{ fontSize: '18pt', fontWeight: 700 }}>
          {RECOVERY_SHEET_TITLE}
        </Typography>
        <Typography component="p">Service: {serviceName}</Typography>
        <Typography component="p">Created: {created}</Typography>
        <Typography component="p" sx={{ ...keyStyle, fontSize: '20pt', my: 2, p: 1.5, border: '2px solid #000000', textAlign: 'center' }}>
          <KeyRows formatted={formatted} />
        </Typography>
        {RECOVERY_SHEET_SECTIONS.map((section) => (
          <Box key={section.heading} sx={{ mb: 1.5, breakInside: 'avoid' }}>
            <Typography component="p" sx={{ fontWeight: 700, fontSize: '12pt' }}>
              {section.heading}
            </Typography>
            {section.lines.map((line) => (
              <Typography component="p" key={line} sx={{ fontSize: '11pt' }}>
                {line}
              </Typography>
            ))}
          </Box>
        ))}
        <Typography component="p" sx={{ mt: 3 }}>
          Held by: ______________________________ Since: ______________
        </Typography>
      </Box>
    </PublicLayout>
  );
}
