import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { roleAtLeast } from '../../../../shared/roles';
import { serviceSettingsSchema, type ServiceSettings } from '../../../../shared/settings';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import { formSchema } from '../../forms/form-schema';
import { FormTextField } from '../../forms/FormTextField';
import { useSchemaForm } from '../../forms/use-schema-form';

type DetailsForm = { serviceName: string; managerName: string };

const detailsSchema = formSchema(serviceSettingsSchema.pick({ serviceName: true, managerName: true }), (form: DetailsForm) => form);

/**
 * Settings › Service: the service's name (on every screen, report and return) and the manager's name as it
 * should appear on them, which the manager can change; who is signed in and where the data is kept.
 */
export function ServiceDetailsSection() {
  const settings = useIpcQuery('settings.get', {});
  const { data: status } = useIpcQuery('vault.status', {});
  const canEdit = status?.currentRole !== undefined && roleAtLeast(status.currentRole, 'manager');

  return (
    <Paper variant="outlined" component="section" aria-labelledby="service-heading" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
      <Typography variant="h2" id="service-heading" sx={{ mb: 1.5 }}>
        Service
      </Typography>
      <FormAlert>{settings.error?.message}</FormAlert>
      {settings.data && canEdit ? <DetailsFormFields initial={settings.data} /> : null}
      <Typography component="dl" sx={{ m: 0, mt: 2, display: 'grid', gridTemplateColumns: { sm: 'max-content minmax(0, 1fr)' }, columnGap: 3, rowGap: 1, '& dt': { fontWeight: 700 }, '& dd': { m: 0 } }}>
        {!canEdit && settings.data ? (
          <>
            <dt>Service name</dt>
            <dd>{settings.data.serviceName}</dd>
            <dt>Manager</dt>
            <dd>{settings.data.managerName || 'Not recorded'}</dd>
          </>
        ) : null}
        {status?.currentUser ? (
          <>
            <dt>Signed in as</dt>
            <dd>{status.currentUser}</dd>
          </>
        ) : null}
        {status?.dataFolder ? (
          <>
            <dt>Where the data is kept</dt>
            <dd>
              <Typography component="code" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                {status.dataFolder}
              </Typography>
              <Typography sx={{ color: 'text.secondary', fontSize: '0.9rem' }}>Encrypted with your team&apos;s passphrases. Back up this folder.</Typography>
            </dd>
          </>
        ) : null}
      </Typography>
    </Paper>
  );
}

function DetailsFormFields({ initial }: { initial: ServiceSettings }) {
  const save = useIpcMutation('settings.save');
  const form = useSchemaForm({ schema: detailsSchema, defaultValues: { serviceName: initial.serviceName, managerName: initial.managerName }, guardUnsaved: 'Service details' });
  const [saved, setSaved] = useState(false);

  const submit = form.submitWith(async (details) => {
    setSaved(false);
    const result = await save.run(details);
    if (!result.ok) return result.error;
    form.reset({ serviceName: result.data.serviceName, managerName: result.data.managerName });
    setSaved(true);
    return null;
  });

  return (
    <form noValidate onSubmit={submit} aria-label="Service details">
      <FormAlert>{form.formMessage}</FormAlert>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' }, maxWidth: 900 }}>
        <FormTextField control={form.control} name="serviceName" id="settings-serviceName" label="Service name" hint="Shown on every screen, report and return" margin="none" />
        <FormTextField control={form.control} name="managerName" id="settings-managerName" label="Manager's name" hint="As it should appear on reports and returns" margin="none" />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mt: 2 }}>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Saving…' : 'Save service details'}
        </Button>
        <Box role="status" aria-live="polite">
          {saved ? <Alert severity="success" sx={{ py: 0 }}>Saved the service details.</Alert> : null}
        </Box>
      </Box>
    </form>
  );
}
