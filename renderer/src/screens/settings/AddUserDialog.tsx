import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { channels } from '../../../../shared/ipc/contract';
import type { Role } from '../../../../shared/roles';
import { FormAlert } from '../../components/FormAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import { formSchema } from '../../forms/form-schema';
import { FormTextField } from '../../forms/FormTextField';
import { confirmationChecks } from '../../forms/passphrase-confirmation';
import { useSchemaForm } from '../../forms/use-schema-form';
import { RoleField } from './RoleField';

type AddUserForm = { name: string; role: Role; passphrase: string; confirmPassphrase: string };

const addUserSchema = formSchema(
  channels['users.add'].input,
  ({ name, role, passphrase }: AddUserForm) => ({ name, role, passphrase }),
  (form) => confirmationChecks(form.passphrase, form.confirmPassphrase, 'Enter the passphrase again'),
);

interface Props {
  onClose(): void;
  onAdded(name: string): void;
}

/**
 * A new person who may unlock IPS Desk. They type their own passphrase here, at the manager's laptop (or
 * the manager sets one and they change it in Settings › Security when they first sign in).
 */
export function AddUserDialog({ onClose, onAdded }: Props) {
  const add = useIpcMutation('users.add');
  const serviceName = useIpcQuery('vault.status', {}, { select: (s) => s.serviceName ?? '' }).data ?? '';
  const form = useSchemaForm({ schema: addUserSchema, defaultValues: { name: '', role: 'specialist', passphrase: '', confirmPassphrase: '' } });
  const name = useWatch({ control: form.control, name: 'name' });

  const submit = form.submitWith(async (input) => {
    const result = await add.run(input);
    if (!result.ok) return result.error;
    onAdded(input.name);
    return null;
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby="add-user-title" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id="add-user-title">Add a user</DialogTitle>
        <DialogContent>
          <FormAlert>{form.formMessage}</FormAlert>
          <Typography sx={{ mb: 1 }}>
            Ask the new user to type their own passphrase here. If you choose one for them, tell them to change it in Settings › Security
            when they first sign in.
          </Typography>
          <FormTextField control={form.control} name="name" id="add-user-name" label="Name" hint="As they will choose it on the unlock screen" autoComplete="off" autoFocus fullWidth />
          <RoleField control={form.control} name="role" idPrefix="add-user" legend="Role" />
          <NewPassphraseFields control={form.control} name="passphrase" label="Passphrase" guessable={[name, serviceName]} />
        </DialogContent>
        <DialogActions sx={{ p: 2 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={add.pending}>
            {add.pending ? 'Adding…' : 'Add user'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
