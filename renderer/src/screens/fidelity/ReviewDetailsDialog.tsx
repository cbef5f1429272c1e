import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useMemo, type FormEventHandler, type ReactNode } from 'react';
import type { Control } from 'react-hook-form';
import { INSTRUMENT_IDS, INSTRUMENTS, REVIEW_KIND, type StoredReview } from '../../../../shared/fidelity';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation } from '../../data/ipc-query';
import { FormTextField } from '../../forms/FormTextField';
import { useSchemaForm } from '../../forms/use-schema-form';
import { createReviewSchema, reviewDetailsForm, saveDetailsSchema, type ReviewDetailsForm } from './review-details-form';

interface FrameProps {
  title: string;
  intro?: ReactNode;
  message: string | null;
  pending: boolean;
  submitLabel: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onClose(): void;
  children: ReactNode;
}

function DetailsDialogFrame({ title, intro, message, pending, submitLabel, onSubmit, onClose, children }: FrameProps) {
  return (
    <Dialog open onClose={onClose} aria-labelledby="review-details-title" maxWidth="md" fullWidth>
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="review-details-title">{title}</DialogTitle>
        <DialogContent>
          <FormAlert>{message}</FormAlert>
          {intro}
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2.5, pt: 1, alignItems: 'start' }}>{children}</Box>
        </DialogContent>
        <DialogActions sx={{ p: 2 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? 'Saving…' : submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** The fields both dialogs share; the date hint says what a blank review date means for a new review. */
function DetailsFields<T>({ control, newReview }: { control: Control<ReviewDetailsForm, unknown, T>; newReview: boolean }) {
  return (
    <>
      <FormTextField
        control={control}
        name="review_date"
        id="review-date"
        label="Review date"
        placeholder="dd/mm/yyyy"
        hint={newReview ? 'dd/mm/yyyy · leave blank for today' : 'dd/mm/yyyy'}
        autoComplete="off"
      />
      <FormTextField control={control} name="kind" id="review-kind" select label="Self-review or external">
        {REVIEW_KIND.values.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {REVIEW_KIND.labels[kind]}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField
        control={control}
        name="period.start"
        id="review-period-start"
        label="Period covered: from"
        placeholder="dd/mm/yyyy"
        hint="Leave both blank for the 12 months up to the review date"
        autoComplete="off"
      />
      <FormTextField control={control} name="period.end" id="review-period-end" label="Period covered: to" placeholder="dd/mm/yyyy" hint="dd/mm/yyyy" autoComplete="off" />
      <FormTextField
        control={control}
        name="reviewers"
        id="review-reviewers"
        label="Reviewers"
        hint="Names separated by commas. At least one is needed to make the review final."
        autoComplete="off"
        sx={{ gridColumn: '1 / -1' }}
      />
      <FormTextField control={control} name="notes" id="review-notes" label="Notes (optional)" multiline minRows={2} sx={{ gridColumn: '1 / -1' }} />
    </>
  );
}

/** Starts a draft review of an instrument for a period; `onDone` gets the new review's id. */
export function StartReviewDialog({ initial, onClose, onDone }: { initial: ReviewDetailsForm; onClose(): void; onDone(id: string): void }) {
  const create = useIpcMutation('fidelity.create');
  const form = useSchemaForm({ schema: createReviewSchema, defaultValues: initial });
  const submit = form.submitWith(async (input) => {
    const result = await create.run(input);
    if (!result.ok) return result.error;
    onDone(result.data.id);
    return null;
  });
  return (
    <DetailsDialogFrame
      title="Start a fidelity review"
      intro={
        <Typography sx={{ mb: 2 }}>
          The review starts as a draft with every item unscored. Each score and note is saved as you go; a manager makes it final once every item is scored.
        </Typography>
      }
      message={form.formMessage}
      pending={form.formState.isSubmitting}
      submitLabel="Start the review"
      onSubmit={submit}
      onClose={onClose}
    >
      <FormTextField control={form.control} name="instrument" id="review-instrument" select label="Instrument" required sx={{ gridColumn: '1 / -1' }}>
        {INSTRUMENT_IDS.map((id) => (
          <MenuItem key={id} value={id}>
            {INSTRUMENTS[id].title}
          </MenuItem>
        ))}
      </FormTextField>
      <DetailsFields control={form.control} newReview />
    </DetailsDialogFrame>
  );
}

/** Changes a draft's date, period, reviewers, kind and notes. */
export function EditReviewDialog({ review, onClose, onDone }: { review: StoredReview; onClose(): void; onDone(): void }) {
  const save = useIpcMutation('fidelity.saveDetails');
  const schema = useMemo(() => saveDetailsSchema(review.id), [review.id]);
  const form = useSchemaForm({ schema, defaultValues: reviewDetailsForm(review) });
  const submit = form.submitWith(async (input) => {
    const result = await save.run(input);
    if (!result.ok) return result.error;
    onDone();
    return null;
  });
  return (
    <DetailsDialogFrame
      title="Review details"
      intro={
        <Typography sx={{ mb: 2 }}>
          <strong>Instrument:</strong> {INSTRUMENTS[review.instrument].title}
        </Typography>
      }
      message={form.formMessage}
      pending={form.formState.isSubmitting}
      submitLabel="Save details"
      onSubmit={submit}
      onClose={onClose}
    >
      <DetailsFields control={form.control} newReview={false} />
    </DetailsDialogFrame>
  );
}
