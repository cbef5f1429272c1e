import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { roleAtLeast } from '../../../../shared/roles';
import { hrefFor } from '../../app/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import type { PickOption } from '../../forms/field-spec';
import { usePickLists } from '../../forms/pick-lists';

type NameUse = ChannelOutput<'names.unlisted'>['specialists'][number];
type Kind = 'specialist' | 'team';

const KIND_TEXT: Record<Kind, { title: string; list: string; settings: string }> = {
  specialist: { title: 'Specialists not on the staff list', list: 'the staff list', settings: 'staff' },
  team: { title: 'Teams not on the list of teams', list: 'the list of teams', settings: 'teams' },
};

function usesText(use: NameUse): string {
  const parts = [use.clients ? `${use.clients} ${use.clients === 1 ? 'client' : 'clients'}` : '', use.contacts ? `${use.contacts} ${use.contacts === 1 ? 'contact' : 'contacts'}` : ''];
  return parts.filter(Boolean).join(' and ');
}

/** The listed name that differs only in case or spaces, if there is one: the likely intended spelling. */
function likelyMatch(name: string, choices: readonly PickOption[]): string {
  const key = name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return choices.find((c) => c.value.toLocaleLowerCase('en-GB') === key)?.value ?? '';
}

/**
 * Names typed before the pick-lists, or brought in by an import, that are on no list: each with how often it
 * is used and a one-step "merge into…" a listed name, which renames it on every client and contact (the
 * service records the merge in the audit trail). Merging is the manager's.
 */
export function UnlistedNames() {
  const { data } = useIpcQuery('names.unlisted', {});
  const role = useIpcQuery('vault.status', {}, { select: (s) => s.currentRole }).data;
  const lists = usePickLists();
  const [done, setDone] = useState('');
  if (!data) return null;
  const canMerge = role !== undefined && roleAtLeast(role, 'manager');
  // The last merge is still said once nothing is left to merge.
  if (data.specialists.length + data.teams.length === 0) {
    return done ? (
      <Typography role="status" aria-live="polite" sx={{ mb: 2, fontWeight: 700 }}>
        {done}
      </Typography>
    ) : null;
  }

  return (
    <Box component="section" aria-labelledby="dq-names" sx={{ mb: 4 }}>
      <Typography variant="h2" id="dq-names" sx={{ mb: 0.5 }}>
        Names on no list
      </Typography>
      <Typography sx={{ mb: 2, color: 'text.secondary', maxWidth: 900 }}>
        Names typed before the lists existed, or brought in by an import. Each spelling is counted as a different person or team in the
        figures: merge it into the right name from the list, and every record that holds it is changed.
      </Typography>
      <Typography role="status" aria-live="polite" sx={{ mb: done ? 2 : 0, fontWeight: 700 }}>
        {done}
      </Typography>
      {(['specialist', 'team'] as const).map((kind) => {
        const uses = kind === 'specialist' ? data.specialists : data.teams;
        if (uses.length === 0) return null;
        return (
          <Box component="section" key={kind} aria-labelledby={`dq-names-${kind}`} sx={{ mb: 2.5 }}>
            <Typography component="h3" variant="h3" id={`dq-names-${kind}`} sx={{ mb: 1 }}>
              {KIND_TEXT[kind].title} ({uses.length})
            </Typography>
            {lists[kind].length === 0 ? (
              <Typography sx={{ mb: 1 }}>
                Nothing is on {KIND_TEXT[kind].list} yet.{' '}
                <Link href={hrefFor({ screen: 'settings', tab: KIND_TEXT[kind].settings })}>Add the names in Settings</Link> first, then merge these into them.
              </Typography>
            ) : null}
            <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
              {uses.map((use) => (
                <UnlistedName key={use.name} kind={kind} use={use} choices={lists[kind]} canMerge={canMerge} onMerged={setDone} />
              ))}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}

function UnlistedName({ kind, use, choices, canMerge, onMerged }: { kind: Kind; use: NameUse; choices: readonly PickOption[]; canMerge: boolean; onMerged(text: string): void }) {
  // Until someone chooses, the listed name that differs only in case or spaces is offered.
  const [chosen, setChosen] = useState<string | null>(null);
  const into = chosen ?? likelyMatch(use.name, choices);
  const [asking, setAsking] = useState(false);
  const [missing, setMissing] = useState(false);
  const merge = useIpcMutation('names.merge');
  const id = `merge-${kind}-${use.name.replace(/\W+/g, '-')}`;

  async function confirm() {
    const result = await merge.run({ kind, from: use.name, into });
    if (!result.ok) return;
    setAsking(false);
    const n = result.data;
    onMerged(`Merged "${use.name}" into ${into}: ${[n.clients ? `${n.clients} ${n.clients === 1 ? 'client' : 'clients'}` : '', n.contacts ? `${n.contacts} ${n.contacts === 1 ? 'contact' : 'contacts'}` : ''].filter(Boolean).join(' and ')} changed.`);
  }

  return (
    <Box component="li" sx={{ py: 1.5, borderTop: 1, borderColor: 'divider', display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      <Box sx={{ flex: '1 1 220px', minWidth: 0, overflowWrap: 'anywhere' }}>
        <strong>“{use.name}”</strong>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          On {usesText(use)}
        </Typography>
      </Box>
      {canMerge && choices.length > 0 ? (
        <>
          <TextField
            id={id}
            select
            label={`Merge “${use.name}” into`}
            value={into}
            onChange={(e) => {
              setChosen(e.target.value);
              setMissing(false);
            }}
            error={missing}
            helperText={missing ? 'Choose the name to merge into' : `A name on ${KIND_TEXT[kind].list}`}
            size="small"
            margin="none"
            fullWidth={false}
            sx={{ width: 280 }}
            slotProps={{ select: { native: true } }}
          >
            <option value="">Choose…</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </TextField>
          <Button
            variant="outlined"
            sx={{ mt: 3.5 }}
            onClick={() => {
              if (!into) {
                setMissing(true);
                document.getElementById(id)?.focus();
                return;
              }
              merge.reset();
              setAsking(true);
            }}
          >
            Merge
          </Button>
        </>
      ) : null}
      <ConfirmDialog
        open={asking}
        title={`Merge “${use.name}” into ${into}?`}
        confirmLabel="Merge"
        pending={merge.pending}
        error={merge.error?.message}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        Every record that holds “{use.name}” ({usesText(use)}) will hold {into} instead. The change is recorded in the audit trail.
      </ConfirmDialog>
      {merge.error && !asking ? (
        <Box sx={{ width: '100%' }}>
          <FormAlert>{merge.error.message}</FormAlert>
        </Box>
      ) : null}
    </Box>
  );
}

