import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { DuplicateMatch } from '../../../../shared/ipc/records';
import type { IpcError } from '../../../../shared/ipc/result';
import type { Client } from '../../../../shared/records';
import { navigate } from '../../app/routes';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcMutation } from '../../data/ipc-query';
import { NOT_SAVED } from '../../forms/use-schema-form';
import { NEW_CLIENT_GROUPS } from './client-fields';
import { ClientForm } from './ClientForm';
import { DuplicateMatchesDialog } from './DuplicateMatchesDialog';

type CreateOptions = { previous_episode_id?: string; acknowledgeDuplicates?: boolean };

interface PendingChoice {
  client: Client;
  matches: DuplicateMatch[];
  /** Settles the form's submit with the outcome of the choice, so refusals still land at their fields. */
  settle(outcome: IpcError | null | typeof NOT_SAVED): void;
}

/** Recording a new referral. Checks for the same person first, and offers to link a re-referral. */
export function ClientNewScreen() {
  const findMatches = useIpcMutation('clients.findMatches');
  const createClient = useIpcMutation('clients.create');
  const [choice, setChoice] = useState<PendingChoice | null>(null);

  async function create(client: Client, options: CreateOptions): Promise<IpcError | null> {
    const result = await createClient.run({ client, ...options });
    if (!result.ok) return result.error;
    navigate({ screen: 'client', id: result.data.id });
    return null;
  }

  async function submit(client: Client): Promise<IpcError | null | typeof NOT_SAVED> {
    const found = await findMatches.run({
      nhs_number: client.nhs_number,
      given_name: client.given_name,
      family_name: client.family_name,
      date_of_birth: client.date_of_birth,
    });
    if (!found.ok) return found.error;
    if (found.data.matches.length === 0) return create(client, {});
    return new Promise((settle) => setChoice({ client, matches: found.data.matches, settle }));
  }

  async function choose(options: CreateOptions | null) {
    if (!choice) return;
    setChoice(null);
    choice.settle(options ? await create(choice.client, options) : NOT_SAVED);
  }

  return (
    <>
      <ScreenHeading title="Add a client">Add a client</ScreenHeading>
      <Typography sx={{ mb: 3, maxWidth: 720 }}>
        Record a person referred to your IPS service. Only the client ID and referral date are required; fill in the
        rest when you know it. Enter dates as dd/mm/yyyy.
      </Typography>
      <ClientForm
        groups={NEW_CLIENT_GROUPS}
        initial={null}
        submitLabel="Save client"
        onSubmit={submit}
        onCancel={() => navigate({ screen: 'caseload' })}
      />
      {choice && (
        <DuplicateMatchesDialog
          matches={choice.matches}
          onNewReferral={(match) => void choose({ previous_episode_id: match.id })}
          onSaveAnyway={() => void choose({ acknowledgeDuplicates: true })}
          onCancel={() => void choose(null)}
        />
      )}
    </>
  );
}
