import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { z } from 'zod';
import { roleAtLeast } from '../../../../shared/roles';
import { serviceSettingsSchema } from '../../../../shared/settings';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import { formSchema } from '../../forms/form-schema';
import { FormTextField } from '../../forms/FormTextField';
import { useSchemaForm } from '../../forms/use-schema-form';

type TeamForm = { team: string };

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

/** A new team's name, checked by the setting's own rule for one team, and not already on the list. */
function teamFormSchema(teams: readonly string[]) {
  return formSchema(
    z.object({ team: serviceSettingsSchema.shape.teams.element }),
    (form: TeamForm) => ({ team: form.team }),
    (form) => (teams.some((t) => sameName(t, form.team)) ? { team: `${form.team.trim()} is already on the list` } : {}),
  );
}

/**
 * Settings › Teams: the referring teams a client's team is chosen from, so one team is never written two
 * ways. Removing a team leaves the clients who have it as they are; Data quality then lists the name as on
 * no list, to merge into another.
 */
export function TeamsSection() {
  const settings = useIpcQuery('settings.get', {});
  const role = useIpcQuery('vault.status', {}, { select: (s) => s.currentRole }).data;
  const canEdit = role !== undefined && roleAtLeast(role, 'manager');
  const teams = settings.data?.teams ?? [];
  const save = useIpcMutation('settings.save');
  const [removing, setRemoving] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  async function remove() {
    if (removing === null) return;
    const result = await save.run({ teams: teams.filter((t) => t !== removing) });
    if (!result.ok) return;
    setAnnouncement(`Removed ${removing} from the list.`);
    setRemoving(null);
  }

  return (
    <Paper variant="outlined" component="section" aria-labelledby="teams-heading" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
      <Typography variant="h2" id="teams-heading" sx={{ mb: 1 }}>
        Teams
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: 720 }}>
        The mental health teams that refer clients. A client&apos;s referring team is chosen from this list, so each team is counted once
        in the figures.
      </Typography>
      <FormAlert>{settings.error?.message}</FormAlert>
      <Typography role="status" aria-live="polite" sx={{ mb: announcement ? 1 : 0 }}>
        {announcement}
      </Typography>
      {settings.data && teams.length === 0 ? <Typography sx={{ mb: 2 }}>No teams on the list yet.</Typography> : null}
      {teams.length > 0 ? (
        <Box component="ul" aria-label="Teams" sx={{ m: 0, mb: 2, p: 0, listStyle: 'none', maxWidth: 640 }}>
          {teams.map((team) => (
            <Box component="li" key={team} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1, py: 0.75, borderTop: 1, borderColor: 'divider' }}>
              <Box component="span" sx={{ fontWeight: 700, overflowWrap: 'anywhere', minWidth: 0 }}>
                {team}
              </Box>
              {canEdit ? (
                <Button size="small" variant="outlined" color="error" aria-label={`Remove ${team}`} onClick={() => setRemoving(team)}>
                  Remove
                </Button>
              ) : null}
            </Box>
          ))}
        </Box>
      ) : null}
      {canEdit && settings.data ? <AddTeamForm teams={teams} onAdded={(team) => setAnnouncement(`Added ${team}.`)} /> : null}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing ?? 'this team'} from the list?`}
        confirmLabel="Remove"
        pending={save.pending}
        error={save.error?.message}
        onConfirm={() => void remove()}
        onCancel={() => {
          save.reset();
          setRemoving(null);
        }}
      >
        Clients already recorded with this team keep it. Data quality will then list it as a name on no list, to merge into another team.
      </ConfirmDialog>
    </Paper>
  );
}

function AddTeamForm({ teams, onAdded }: { teams: readonly string[]; onAdded(team: string): void }) {
  const save = useIpcMutation('settings.save');
  const form = useSchemaForm({ schema: teamFormSchema(teams), defaultValues: { team: '' }, guardUnsaved: 'Add a team' });
  const submit = form.submitWith(async ({ team }) => {
    const result = await save.run({ teams: [...teams, team] });
    if (!result.ok) return result.error;
    form.reset({ team: '' });
    onAdded(team);
    return null;
  });
  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Add a team" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      <FormTextField control={form.control} name="team" id="team-new" label="Team to add" hint="As the team is known, for example Northshire Early Intervention" margin="none" sx={{ width: 380 }} />
      <Button type="submit" variant="contained" startIcon={<AddIcon aria-hidden="true" />} sx={{ mt: 3.5 }} disabled={form.formState.isSubmitting}>
        Add team
      </Button>
      {form.formMessage && !form.formState.errors.team ? (
        <Box sx={{ width: '100%' }}>
          <FormAlert>{form.formMessage}</FormAlert>
        </Box>
      ) : null}
    </Box>
  );
}
