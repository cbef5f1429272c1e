import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { RETENTION_YEARS, serviceSettingsSchema } from '../../../../../shared/settings';
import { FormAlert } from '../../../components/FormAlert';
import { useIpcMutation, useIpcQuery } from '../../../data/ipc-query';
import { formSchema } from '../../../forms/form-schema';
import { FormTextField } from '../../../forms/FormTextField';
import { useSchemaForm } from '../../../forms/use-schema-form';
import { SettingsCard } from '../SettingsCard';
import { ruleText, yearsText } from './retention-text';

type RetentionForm = { retentionYears: string };

/** What was typed, as the setting's schema reads it: blank is no number, anything else a number (or NaN). */
const retentionSchema = formSchema(serviceSettingsSchema.pick({ retentionYears: true }), ({ retentionYears }: RetentionForm) => ({
  retentionYears: retentionYears.trim() === '' ? undefined : Number(retentionYears.trim()),
}));

/**
 * The retention rule and its one setting. Saving the period anonymises nothing: the preview below shows whom
 * the rule covers, and only "Anonymise" changes records (so a mistyped period is harmless until then).
 */
export function RetentionRuleCard({ onSaved }: { onSaved(): void }) {
  const settings = useIpcQuery('settings.get', {});
  const years = settings.data?.retentionYears;
  return (
    <SettingsCard id="retention-rule" title="Retention rule">
      <FormAlert>{settings.error?.message}</FormAlert>
      {years !== undefined ? (
        <>
          <Typography sx={{ mb: 0.5, fontSize: '1.15rem' }} data-testid="retention-rule">
            The rule: <strong>{ruleText(years)}</strong>
          </Typography>
          <Typography sx={{ mb: 2, maxWidth: 760 }}>
            Anonymising removes what names a person and keeps the dates and codes the figures are worked out from.
          </Typography>
          <RetentionYearsForm years={years} onSaved={onSaved} />
        </>
      ) : null}
    </SettingsCard>
  );
}

function RetentionYearsForm({ years, onSaved }: { years: number; onSaved(): void }) {
  const save = useIpcMutation('settings.save');
  const form = useSchemaForm({ schema: retentionSchema, defaultValues: { retentionYears: String(years) } });
  const [saved, setSaved] = useState<number | null>(null);

  const submit = form.submitWith(async (input) => {
    setSaved(null);
    const result = await save.run(input);
    if (!result.ok) return result.error;
    form.reset({ retentionYears: String(result.data.retentionYears) });
    setSaved(result.data.retentionYears);
    onSaved();
    return null;
  });

  return (
    <form noValidate onSubmit={submit} aria-label="Retention period">
      <FormAlert>{form.formMessage}</FormAlert>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 2 }}>
        <FormTextField
          control={form.control}
          name="retentionYears"
          id="retentionYears"
          label="Anonymise clients discharged more than this many years ago"
          hint={`Whole years, from ${RETENTION_YEARS.min} to ${RETENTION_YEARS.max}; ${RETENTION_YEARS.default} unless you change it. Saving anonymises nobody.`}
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
          margin="none"
          sx={{ width: { xs: '100%', sm: 520 } }}
        />
        {/* Level with the input, below its label, so the button reads as part of the one field. */}
        <Button type="submit" variant="contained" disabled={save.pending} sx={{ mt: { sm: 5.5 } }}>
          {save.pending ? 'Saving…' : 'Save retention period'}
        </Button>
      </Box>
      <Box role="status" aria-live="polite" sx={{ mt: saved !== null ? 1 : 0 }}>
        {saved !== null ? (
          <Alert severity="success" sx={{ py: 0 }}>
            Saved: {yearsText(saved)}. The list below shows whom the rule covers now.
          </Alert>
        ) : null}
      </Box>
    </form>
  );
}
