import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { UserRow } from '../../../../shared/ipc/users';
import { ROLE_LABELS } from '../../../../shared/roles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import { AddUserDialog } from './AddUserDialog';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { ROLE_DESCRIPTIONS } from './RoleField';
import { SettingsCard } from './SettingsCard';
import { visuallyHidden } from './visually-hidden';

type Open = { kind: 'none' } | { kind: 'add' } | { kind: 'role'; user: UserRow } | { kind: 'remove'; user: UserRow };

/**
 * Settings › Users (the manager's): who may unlock IPS Desk and what each may do. Each user has their own
 * passphrase; removing one takes their passphrase away at once, though their past work stays in the audit
 * trail under their name.
 */
export function UsersSection() {
  const users = useIpcQuery('users.list', {});
  const remove = useIpcMutation('users.remove');
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [announcement, setAnnouncement] = useState('');
  const close = () => setOpen({ kind: 'none' });

  async function confirmRemove(user: UserRow) {
    const result = await remove.run({ name: user.name });
    if (!result.ok) return;
    setAnnouncement(`Removed ${user.name}. Their passphrase no longer opens IPS Desk.`);
    close();
  }

  return (
    <SettingsCard
      id="users"
      title="Users"
      intro="Everyone who may unlock IPS Desk on this computer, each with their own passphrase and a role that decides what they may do."
    >
      <Box component="dl" sx={{ m: 0, mb: 2, display: 'grid', gridTemplateColumns: { sm: 'max-content minmax(0, 1fr)' }, columnGap: 2, rowGap: 0.5, '& dt': { fontWeight: 700 }, '& dd': { m: 0 } }}>
        {(['manager', 'specialist', 'viewer'] as const).map((role) => (
          <Box key={role} sx={{ display: 'contents' }}>
            <dt>{ROLE_LABELS[role]}</dt>
            <dd>{ROLE_DESCRIPTIONS[role]}</dd>
          </Box>
        ))}
      </Box>
      <Button variant="contained" startIcon={<AddIcon aria-hidden="true" />} onClick={() => setOpen({ kind: 'add' })} sx={{ mb: 2 }}>
        Add a user
      </Button>
      <FormAlert>{users.error?.message}</FormAlert>
      <Typography role="status" aria-live="polite" sx={{ mb: announcement ? 1 : 0 }}>
        {announcement}
      </Typography>
      {users.data ? (
        <Box sx={{ overflowX: 'auto', position: 'relative' }}>
          <Table size="small" aria-labelledby="users-heading" sx={{ '& thead th': { fontWeight: 700 } }}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">Name</TableCell>
                <TableCell component="th" scope="col">Role</TableCell>
                <TableCell component="th" scope="col">Can sign in</TableCell>
                <TableCell component="th" scope="col">
                  <Box component="span" sx={visuallyHidden}>
                    Actions
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {users.data.users.map((user) => (
                <TableRow key={user.name}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
                    {user.name}
                    {user.isYou ? <Chip size="small" label="You" sx={{ ml: 1 }} /> : null}
                  </TableCell>
                  <TableCell>{ROLE_LABELS[user.role]}</TableCell>
                  <TableCell>
                    {user.hasPassphrase ? (
                      'Yes'
                    ) : (
                      <Box component="span" sx={{ color: 'error.main' }}>
                        No: no passphrase. Remove them and add them again with one.
                      </Box>
                    )}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {/* Nobody takes away their own manager role or removes themselves: another manager must. */}
                    {user.isYou ? (
                      <Typography component="span" sx={{ color: 'text.secondary', fontSize: '0.9rem' }}>
                        Another manager can change your role
                      </Typography>
                    ) : (
                      <>
                        <Button size="small" variant="outlined" aria-label={`Change role of ${user.name}`} onClick={() => setOpen({ kind: 'role', user })} sx={{ mr: 1 }}>
                          Change role
                        </Button>
                        <Button size="small" variant="outlined" color="error" aria-label={`Remove ${user.name}`} onClick={() => setOpen({ kind: 'remove', user })}>
                          Remove
                        </Button>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
      {open.kind === 'add' ? (
        <AddUserDialog
          onClose={close}
          onAdded={(name) => {
            setAnnouncement(`Added ${name}. They can unlock IPS Desk with their passphrase now.`);
            close();
          }}
        />
      ) : null}
      {open.kind === 'role' ? (
        <ChangeRoleDialog
          user={open.user}
          onClose={close}
          onChanged={(name, role) => {
            setAnnouncement(`${name} is now: ${ROLE_LABELS[role]}.`);
            close();
          }}
        />
      ) : null}
      <ConfirmDialog
        open={open.kind === 'remove'}
        title={open.kind === 'remove' ? `Remove ${open.user.name}?` : 'Remove this user?'}
        confirmLabel="Remove"
        pending={remove.pending}
        error={remove.error?.message}
        onConfirm={() => void (open.kind === 'remove' ? confirmRemove(open.user) : undefined)}
        onCancel={() => {
          remove.reset();
          close();
        }}
      >
        Their passphrase stops opening IPS Desk at once; what they did stays in the audit trail under their name. If they might
        know the recovery key or have written a passphrase down, also change the database key (Settings › Security).
      </ConfirmDialog>
    </SettingsCard>
  );
}
