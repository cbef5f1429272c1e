import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import type { RetentionPreview } from '../../../../../shared/ipc/rights';
import { FormAlert } from '../../../components/FormAlert';
import { useIpcMutation } from '../../../data/ipc-query';
import { SettingsCard } from '../SettingsCard';
import { AnonymiseDialog } from './AnonymiseDialog';
import { EpisodesTable } from './EpisodesTable';
import { anonymiseButtonText, anonymisedBeforeText, anonymisedText, clientsText, coverageText, dueText, heldBackText, LISTED_AT_MOST, moreText } from './retention-text';

interface Props {
  preview: RetentionPreview | null;
  problem: string | null;
  refresh(): Promise<void>;
}

/**
 * Whom the rule covers today, and the one button that anonymises them after a confirmation. The outcome
 * takes focus once the dialog closes (the button it came from is gone when nobody is left to anonymise).
 */
export function RetentionPreviewCard({ preview, problem, refresh }: Props) {
  const anonymise = useIpcMutation('retention.anonymise');
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  async function confirm(ids: string[]) {
    setOutcome(null);
    const result = await anonymise.run({ ids });
    if (!result.ok) {
      // Someone was re-opened or the period changed since the list was read: show the list as it is now.
      await refresh();
      return;
    }
    setConfirming(false);
    await refresh();
    setOutcome(anonymisedText(result.data));
  }

  const due = preview?.due ?? [];
  return (
    <SettingsCard id="retention-preview" title="Who the rule covers today">
      <FormAlert>{problem}</FormAlert>
      <Box role="status" aria-live="polite">
        {outcome ? (
          <Alert severity="success" ref={outcomeRef} tabIndex={-1} sx={{ mb: 2 }} data-testid="anonymise-outcome">
            {outcome}
          </Alert>
        ) : null}
      </Box>
      {preview === null ? (
        problem ? null : <Typography role="status">Reading the records…</Typography>
      ) : (
        <>
          <Typography sx={{ mb: 1 }}>{coverageText(preview)}</Typography>
          <Typography sx={{ mb: 2, fontWeight: 700, fontSize: '1.15rem' }} data-testid="retention-due">
            {dueText(due.length)}
          </Typography>
          {due.length > 0 ? (
            <>
              <EpisodesTable label="Clients due to be anonymised" rows={due.slice(0, LISTED_AT_MOST)} />
              {moreText(due.length) ? <Typography sx={{ mt: 1 }}>{moreText(due.length)}</Typography> : null}
              <Button variant="contained" onClick={() => setConfirming(true)} sx={{ mt: 2 }}>
                {anonymiseButtonText(due.length)}
              </Button>
            </>
          ) : null}
          {preview.heldBack.length > 0 ? (
            <Box sx={{ mt: 3 }}>
              <Typography variant="h3" sx={{ fontSize: '1.15rem', mb: 0.5 }}>
                Kept for now: {clientsText(preview.heldBack.length)}
              </Typography>
              <Typography sx={{ mb: 1, maxWidth: 760 }}>
                Discharged long enough ago, but the same person was referred again: the period runs from the end of their latest
                episode, so these stay as they are until that one is old enough too.
              </Typography>
              <EpisodesTable label="Clients kept for now" rows={preview.heldBack.slice(0, LISTED_AT_MOST)} why={heldBackText} />
            </Box>
          ) : null}
          {anonymisedBeforeText(preview.anonymisedBefore) ? <Typography sx={{ mt: 2 }}>{anonymisedBeforeText(preview.anonymisedBefore)}</Typography> : null}
        </>
      )}
      {confirming && preview ? (
        <AnonymiseDialog
          count={due.length}
          pending={anonymise.pending}
          error={anonymise.error?.message ?? null}
          onConfirm={() => void confirm(due.map((e) => e.id))}
          onCancel={() => {
            anonymise.reset();
            setConfirming(false);
          }}
        />
      ) : null}
    </SettingsCard>
  );
}
