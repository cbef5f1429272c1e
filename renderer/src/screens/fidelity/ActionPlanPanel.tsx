import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { daysBetween, formatUkDate, todayIso } from '../../../../shared/dates';
import { ACTION_OUTCOME, ACTION_STATUS, fidelityItem, isOpenAction, type ActionStatus, type StoredAction } from '../../../../shared/fidelity';
import type { ReviewDetail } from '../../../../shared/ipc/fidelity';
import { hrefFor } from '../../app/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation } from '../../data/ipc-query';
import { useMayCall } from '../../data/permissions';
import { nhsColours } from '../../theme';
import { ActionDialog } from './ActionDialog';
import { actionFields } from './action-form';
import { ToneChip } from './FidelityChips';
import { plural, reviewName } from './fidelity-format';
import { ProgressNotes } from './ProgressNotes';

function itemsText(action: StoredAction): string {
  return action.items.map((id) => `${fidelityItem(id).number}. ${fidelityItem(id).shortTitle}`).join('; ');
}

function DueDate({ action, today }: { action: StoredAction; today: string }) {
  if (!action.due_date) return <>No due date</>;
  const late = isOpenAction(action.status) ? daysBetween(action.due_date, today) : 0;
  return (
    <>
      {formatUkDate(action.due_date)}
      {late > 0 && (
        <Typography component="span" sx={{ color: nhsColours.red, fontWeight: 700 }}>
          {' '}
          (overdue by {plural(late, 'day')})
        </Typography>
      )}
    </>
  );
}

/**
 * The action plan of a review: actions answering one or more items, with owner, due date, status and dated
 * progress notes; and the previous review's actions, with whether each was achieved. The plan stays open on
 * a final review, because it is carried out after the review. Adding, changing and deleting actions and
 * notes are offered only to those who may (shared/ipc/access.ts); everyone reads the plan.
 */
export function ActionPlanPanel({ detail }: { detail: ReviewDetail }) {
  const { review, actions, previous } = detail;
  const canEdit = useMayCall('fidelity.saveAction');
  const [editing, setEditing] = useState<StoredAction | 'new' | null>(null);
  const today = todayIso();
  return (
    <>
      <Box component="section" aria-labelledby="plan-heading">
        <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 2, mb: 1 }}>
          <Typography variant="h2" id="plan-heading">
            Actions agreed at this review
          </Typography>
          {canEdit && (
            <Button variant="contained" startIcon={<AddIcon aria-hidden="true" />} onClick={() => setEditing('new')}>
              Add an action
            </Button>
          )}
        </Box>
        <Typography sx={{ mb: 2 }}>
          Each action answers one or more items. Overdue actions also show on the home screen. {review.status === 'final' ? 'An action given up is marked dropped: a final review’s plan stays on record.' : ''}
        </Typography>
        {actions.length === 0 ? (
          <Typography sx={{ color: 'text.secondary', mb: 2 }}>No actions yet.</Typography>
        ) : (
          actions.map((action) => <ActionCard key={action.id} action={action} today={today} canEdit={canEdit} draftReview={review.status === 'draft'} onEdit={() => setEditing(action)} />)
        )}
      </Box>
      {previous && (
        <Box component="section" aria-labelledby="previous-plan-heading" sx={{ mt: 4 }}>
          <Typography variant="h2" id="previous-plan-heading" sx={{ mb: 1 }}>
            Actions from the previous review
          </Typography>
          <Typography sx={{ mb: 1.5 }}>
            From the <Link href={hrefFor({ screen: 'fidelity-review', id: previous.review.id, tab: 'actions' })}>{reviewName(previous.review)}</Link>: whether each
            was achieved, as evidence for this review.
          </Typography>
          <PreviousActions actions={previous.actions} today={today} />
        </Box>
      )}
      {editing && <ActionDialog reviewId={review.id} instrument={review.instrument} editing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function ActionCard({ action, today, canEdit, draftReview, onEdit }: { action: StoredAction; today: string; canEdit: boolean; draftReview: boolean; onEdit(): void }) {
  const save = useIpcMutation('fidelity.saveAction');
  const remove = useIpcMutation('fidelity.deleteAction');
  const mayDelete = useMayCall('fidelity.deleteAction');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const headingId = `action-${action.id}`;
  return (
    <Paper variant="outlined" component="article" aria-labelledby={headingId} sx={{ p: 2, mb: 2 }} data-testid={`action-${action.position}`}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Box sx={{ flex: '1 1 420px' }}>
          <Typography variant="h3" id={headingId} sx={{ fontSize: '1.1rem' }}>
            {action.position}. {action.action}
          </Typography>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.25, m: 0, mt: 1 }}>
            <Typography component="dt" sx={{ fontWeight: 700 }}>Items</Typography>
            <Typography component="dd" sx={{ m: 0 }}>{itemsText(action)}</Typography>
            <Typography component="dt" sx={{ fontWeight: 700 }}>Owner</Typography>
            <Typography component="dd" sx={{ m: 0 }}>{action.owner ?? 'Not named'}</Typography>
            <Typography component="dt" sx={{ fontWeight: 700 }}>Due</Typography>
            <Typography component="dd" sx={{ m: 0 }}><DueDate action={action} today={today} /></Typography>
          </Box>
        </Box>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, minWidth: 220 }}>
          {canEdit ? (
            <TextField
              select
              size="small"
              id={`action-status-${action.id}`}
              label={`Status of action ${action.position}`}
              value={action.status}
              disabled={save.pending}
              onChange={(e) => void save.run({ review_id: action.review_id, id: action.id, action: actionFields(action, { status: e.target.value as ActionStatus }) })}
            >
              {ACTION_STATUS.values.map((s) => (
                <MenuItem key={s} value={s}>
                  {ACTION_STATUS.labels[s]}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <ToneChip label={ACTION_STATUS.labels[action.status]} tone={action.status === 'done' ? 'good' : action.status === 'dropped' ? 'plain' : 'info'} />
          )}
          {canEdit && (
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button size="small" variant="outlined" onClick={onEdit} aria-label={`Edit action ${action.position}`}>
                Edit
              </Button>
              {draftReview && mayDelete && (
                <Button size="small" variant="outlined" color="error" onClick={() => setConfirmDelete(true)} aria-label={`Delete action ${action.position}`}>
                  Delete
                </Button>
              )}
            </Box>
          )}
        </Box>
      </Box>
      <FormAlert>{save.error?.message}</FormAlert>
      <ProgressNotes action={action} />
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete action ${action.position}?`}
        confirmLabel="Delete action"
        pending={remove.pending}
        error={remove.error?.message}
        onConfirm={() => void remove.run({ id: action.id }).then((r) => r.ok && setConfirmDelete(false))}
        onCancel={() => setConfirmDelete(false)}
      >
        “{action.action}” and its progress notes will be deleted.
      </ConfirmDialog>
    </Paper>
  );
}

function PreviousActions({ actions, today }: { actions: readonly StoredAction[]; today: string }) {
  if (actions.length === 0) return <Typography sx={{ color: 'text.secondary' }}>The previous review had no actions.</Typography>;
  const achieved = actions.filter((a) => a.status === 'done').length;
  return (
    <>
      <Typography sx={{ mb: 1, fontWeight: 700 }}>
        {achieved} of {plural(actions.length, 'action')} achieved.
      </Typography>
      <Paper variant="outlined">
        <Table size="small" aria-label="Actions from the previous review and whether each was achieved">
          <TableHead>
            <TableRow>
              <TableCell>Action</TableCell>
              <TableCell>Items</TableCell>
              <TableCell>Owner</TableCell>
              <TableCell>Due</TableCell>
              <TableCell>Achieved?</TableCell>
              <TableCell>Latest progress</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {actions.map((a) => {
              const latest = a.progress[a.progress.length - 1];
              return (
                <TableRow key={a.id}>
                  <TableCell component="th" scope="row">
                    {a.position}. {a.action}
                  </TableCell>
                  <TableCell>{itemsText(a)}</TableCell>
                  <TableCell>{a.owner ?? '–'}</TableCell>
                  <TableCell>
                    <DueDate action={a} today={today} />
                  </TableCell>
                  <TableCell>
                    <ToneChip label={ACTION_OUTCOME[a.status]} tone={a.status === 'done' ? 'good' : a.status === 'in_progress' ? 'warn' : 'bad'} />
                  </TableCell>
                  <TableCell>{latest ? `${formatUkDate(latest.date)}: ${latest.note}` : '–'}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Paper>
    </>
  );
}
