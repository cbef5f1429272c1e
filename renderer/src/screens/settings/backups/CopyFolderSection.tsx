import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { channels } from '../../../../../shared/ipc/contract';
import { FormAlert } from '../../../components/FormAlert';
import { useIpcMutation } from '../../../data/ipc-query';
import { formSchema } from '../../../forms/form-schema';
import { FormTextField } from '../../../forms/FormTextField';
import { useSchemaForm } from '../../../forms/use-schema-form';
import { SettingsCard } from '../SettingsCard';

type FolderForm = { folder: string };

const folderSchema = formSchema(channels['backups.setCopyFolder'].input, (form: FolderForm) => form);

/**
 * The second place every backup is copied to, e.g. a synced or network folder, so a lost or broken laptop
 * does not take the backups with it. Only copies go there: the live database always stays on this computer.
 * The folder is picked in the system's dialog (or typed, e.g. a network path), and checked by the service,
 * whose refusal shows beside the field.
 */
export function CopyFolderSection({ copyFolder }: { copyFolder: string | null }) {
  const save = useIpcMutation('backups.setCopyFolder');
  const choose = useIpcMutation('dialogs.chooseBackupFolder');
  const form = useSchemaForm({ schema: folderSchema, defaultValues: { folder: copyFolder ?? '' }, guardUnsaved: 'Second folder for backups' });
  const [done, setDone] = useState<string | null>(null);

  const submit = form.submitWith(async (input) => {
    setDone(null);
    const result = await save.run(input);
    if (!result.ok) return result.error;
    form.reset({ folder: result.data.copyFolder ?? '' });
    setDone(`Saved: from the next backup on, a copy also goes to ${result.data.copyFolder ?? 'nowhere else'}.`);
    return null;
  });

  async function pickFolder() {
    const result = await choose.run({});
    if (!result.ok) return form.setFormMessage(result.error.message);
    if (result.data.path !== null) form.setValue('folder', result.data.path, { shouldDirty: true });
  }

  async function stopCopying() {
    setDone(null);
    const result = await save.run({ folder: null });
    if (!result.ok) return form.setFormMessage(result.error.message);
    form.reset({ folder: '' });
    setDone('Saved: backups are no longer copied anywhere else. The copies already made are left where they are.');
  }

  return (
    <SettingsCard
      id="copy-folder"
      title="A second place for backups"
      intro="Choose a folder away from this laptop's own disk, such as a synced team folder or a network drive, and every backup is also copied there. Only the encrypted backups go there; the records you work on stay on this computer."
    >
      <form noValidate onSubmit={submit} aria-label="Second folder for backups">
        <FormAlert>{form.formMessage}</FormAlert>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 2 }}>
          <FormTextField
            control={form.control}
            name="folder"
            id="copy-folder-path"
            label="Folder for copies"
            hint="Choose it, or type its full path (for example \\server\share\IPS backups)"
            autoComplete="off"
            margin="none"
            slotProps={{ htmlInput: { spellCheck: false } }}
            sx={{ flex: '1 1 360px' }}
          />
          <Button variant="outlined" onClick={() => void pickFolder()} disabled={choose.pending} sx={{ mt: 1 }}>
            Choose a folder…
          </Button>
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mt: 2 }}>
          <Button type="submit" variant="contained" disabled={save.pending}>
            Save folder
          </Button>
          {copyFolder !== null ? (
            <Button variant="outlined" color="error" onClick={() => void stopCopying()} disabled={save.pending}>
              Stop copying there
            </Button>
          ) : null}
          <Box role="status" aria-live="polite">
            {done ? (
              <Alert severity="success" sx={{ py: 0 }}>
                {done}
              </Alert>
            ) : null}
          </Box>
        </Box>
      </form>
    </SettingsCard>
  );
}
