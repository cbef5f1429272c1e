import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { channels } from '../../../../shared/ipc/contract';
import type { UserRow } from '../../../../shared/ipc/users';
import type { Role } from '../../../../shared/roles';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation } from '../../data/ipc-query';
import { formSchema } from '../../forms/form-schema';
import { useSchemaForm } from '../../forms/use-schema-form';
import { RoleField } from './RoleField';

type RoleForm = { role: Role };

interface Props {
  user: UserRow;
  onClose(): void;
  onChanged(name: string, role: Role): void;
}

/** Gives one user another role; the service keeps at least one manager and says so beside the choice. */
export function ChangeRoleDialog({ user, onClose, onChanged }: Props) {
  const setRole = useIpcMutation('users.setRole');
  const schema = formSchema(channels['users.setRole'].input, ({ role }: RoleForm) => ({ name: user.name, role }));
  const form = useSchemaForm({ schema, defaultValues: { role: user.role } });

  const submit = form.submitWith(async (input) => {
    const result = await setRole.run(input);
    if (!result.ok) return result.error;
    onChanged(user.name, input.role);
    return null;
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby="change-role-title" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id="change-role-title">Change {user.name}&apos;s role</DialogTitle>
        <DialogContent>
          <FormAlert>{form.formMessage}</FormAlert>
          <RoleField control={form.control} name="role" idPrefix="change-role" legend={`Role for ${user.name}`} />
        </DialogContent>
        <DialogActions sx={{ p: 2 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={setRole.pending}>
            {setRole.pending ? 'Saving…' : 'Save role'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
