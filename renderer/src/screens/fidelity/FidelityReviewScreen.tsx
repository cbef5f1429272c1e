import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isFidelityItemId, summaryOf, type FidelityItemId, type StoredReviewItem } from '../../../../shared/fidelity';
import type { ReviewDetail } from '../../../../shared/ipc/fidelity';
import { hrefFor, navigate } from '../../app/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import { useCurrentRole, useMayCall } from '../../data/permissions';
import { ROLE_IN_WORDS } from '../../../../shared/roles';
import { whoMayCall } from '../../data/role-words';
import { ActionPlanPanel } from './ActionPlanPanel';
import { ComparisonPanel } from './ComparisonPanel';
import { reviewName } from './fidelity-format';
import { EditReviewDialog } from './ReviewDetailsDialog';
import { ReportPanel } from './ReportPanel';
import { ReviewHeader } from './ReviewHeader';
import { ScoreSummaryBar } from './ScoreSummaryBar';
import { ScoringPanel } from './ScoringPanel';

const TABS = [
  { key: 'scores', label: 'Scores' },
  { key: 'actions', label: 'Action plan' },
  { key: 'comparison', label: 'Comparison' },
  { key: 'report', label: 'Report and PDF' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

/** One review: its scores (saved as they change), action plan, comparison with the previous review, and report. */
export function FidelityReviewScreen({ id, tab }: { id: string; tab?: string }) {
  const { data: detail, error } = useIpcQuery('fidelity.get', { id });
  if (error && !detail) {
    return (
      <>
        <ScreenHeading title="Review not found">Review not found</ScreenHeading>
        <FormAlert>{error.message}</FormAlert>
        <a href={hrefFor({ screen: 'fidelity' })}>All fidelity reviews</a>
      </>
    );
  }
  if (!detail) return <Typography role="status">Loading the review…</Typography>;
  return <LoadedReview detail={detail} tab={TABS.find((t) => t.key === tab)?.key ?? 'scores'} />;
}

const NO_ITEMS: ReadonlySet<FidelityItemId> = new Set();

type Dialog = 'edit' | 'finalise' | 'copy' | 'delete' | null;

function LoadedReview({ detail, tab }: { detail: ReviewDetail; tab: TabKey }) {
  const { review } = detail;
  // The scores as they are being edited: each change shows at once and is saved as it goes (ItemCard), so
  // the totals here never wait for a save.
  const [items, setItems] = useState<StoredReviewItem[]>(review.items);
  const onItemChange = useCallback((item: FidelityItemId, patch: Partial<StoredReviewItem>) => {
    setItems((all) => all.map((i) => (i.item === item ? { ...i, ...patch } : i)));
  }, []);
  const summary = useMemo(() => summaryOf({ instrument: review.instrument, items }), [review.instrument, items]);
  // Each change is offered only to those the router lets make it (shared/ipc/access.ts).
  const role = useCurrentRole();
  const may = {
    editDetails: useMayCall('fidelity.saveDetails'),
    score: useMayCall('fidelity.saveItem'),
    finalise: useMayCall('fidelity.finalise'),
    copy: useMayCall('fidelity.copy'),
    delete: useMayCall('fidelity.deleteDraft'),
    keepPlan: useMayCall('fidelity.saveAction'),
  };
  const draft = review.status === 'draft';
  const editable = draft && may.score;

  const [dialog, setDialog] = useState<Dialog>(null);
  const [refusal, setRefusal] = useState<{ message: string; items: ReadonlySet<FidelityItemId> } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [goToRequest, setGoToRequest] = useState<{ item: FidelityItemId; seq: number } | null>(null);
  const goTo = useCallback(
    (item: FidelityItemId) => {
      if (tab !== 'scores') navigate({ screen: 'fidelity-review', id: review.id });
      setGoToRequest((last) => ({ item, seq: (last?.seq ?? 0) + 1 }));
    },
    [tab, review.id],
  );
  const refusalRef = useRef<HTMLDivElement>(null);
  const finalise = useIpcMutation('fidelity.finalise');
  const copy = useIpcMutation('fidelity.copy');
  const remove = useIpcMutation('fidelity.deleteDraft');

  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  async function makeFinal() {
    const result = await finalise.run({ id: review.id });
    setDialog(null);
    if (!result.ok) {
      const named = (result.error.issues ?? []).flatMap((issue) => {
        const item = String(issue.path[1] ?? '');
        return issue.path[0] === 'items' && isFidelityItemId(item) ? [item] : [];
      });
      setRefusal({ message: result.error.message, items: new Set(named) });
      if (named.length > 0 && tab !== 'scores') navigate({ screen: 'fidelity-review', id: review.id });
      return;
    }
    setRefusal(null);
    setNotice(`The review is final: ${result.data.summary.total} out of ${result.data.summary.max}${result.data.summary.band ? `, ${result.data.summary.band.label}` : ''}. Its scores and evidence are now locked.`);
  }

  async function copyToDraft() {
    const result = await copy.run({ id: review.id, review_date: null });
    if (!result.ok) return;
    setDialog(null);
    navigate({ screen: 'fidelity-review', id: result.data.id });
  }

  async function deleteDraft() {
    const result = await remove.run({ id: review.id });
    if (!result.ok) return;
    setDialog(null);
    navigate({ screen: 'fidelity' });
  }

  const actions = (
    <>
      {draft && may.editDetails && (
        <Button variant="outlined" onClick={() => setDialog('edit')}>
          Edit details
        </Button>
      )}
      {draft && may.finalise && (
        <Button variant="contained" onClick={() => setDialog('finalise')}>
          Make final
        </Button>
      )}
      {!draft && may.copy && (
        <Button variant="contained" onClick={() => setDialog('copy')}>
          Copy into a new draft
        </Button>
      )}
      {draft && may.delete && (
        <Button variant="outlined" color="error" onClick={() => setDialog('delete')}>
          Delete draft
        </Button>
      )}
    </>
  );

  return (
    <>
      <ReviewHeader review={review} actions={actions} />
      {role && !may.keepPlan && (
        <ReadOnlyNotice>
          Signed in as {ROLE_IN_WORDS[role]}, you can read this review’s scores, evidence and action plan, compare it with the review before, and
          print or download its report. {draft ? `Scoring it and keeping its action plan need ${whoMayCall('fidelity.saveItem')}.` : `Keeping its action plan needs ${whoMayCall('fidelity.saveAction')}.`}
        </ReadOnlyNotice>
      )}
      {refusal && (
        <Alert severity="error" role="alert" ref={refusalRef} tabIndex={-1} sx={{ mb: 2 }} onClose={() => setRefusal(null)} data-testid="finalise-refusal">
          {refusal.message}
        </Alert>
      )}
      {notice && (
        <Alert severity="success" role="status" sx={{ mb: 2 }} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {!draft && (
        <Typography sx={{ mb: 2 }}>
          This review is final: its scores, evidence and details cannot change. {may.copy ? 'Copy it into a new draft to start the next review from it.' : ''} Its action plan stays open.
        </Typography>
      )}
      <ScoreSummaryBar instrument={review.instrument} summary={summary} onGoTo={editable ? goTo : null} />
      <Paper variant="outlined">
        <Tabs
          value={tab}
          onChange={(_, key: TabKey) => navigate({ screen: 'fidelity-review', id: review.id, ...(key === 'scores' ? {} : { tab: key }) })}
          selectionFollowsFocus
          variant="scrollable"
          scrollButtons={false}
          aria-label="Review sections"
          sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
        >
          {TABS.map((t) => (
            <Tab
              key={t.key}
              value={t.key}
              id={`review-tab-${t.key}`}
              aria-controls={`review-panel-${t.key}`}
              label={t.key === 'actions' ? `${t.label} (${detail.actions.length})` : t.label}
            />
          ))}
        </Tabs>
        <Box role="tabpanel" id={`review-panel-${tab}`} aria-labelledby={`review-tab-${tab}`} sx={{ p: { xs: 1.5, sm: 2.5 } }}>
          {tab === 'scores' && (
            <ScoringPanel
              review={review}
              items={items}
              suggestions={detail.suggestions}
              editable={editable}
              refused={refusal?.items ?? NO_ITEMS}
              goToRequest={goToRequest}
              onItemChange={onItemChange}
            />
          )}
          {tab === 'actions' && <ActionPlanPanel detail={detail} />}
          {tab === 'comparison' && <ComparisonPanel detail={detail} />}
          {tab === 'report' && <ReportPanel review={review} />}
        </Box>
      </Paper>

      {dialog === 'edit' && <EditReviewDialog review={review} onClose={() => setDialog(null)} onDone={() => setDialog(null)} />}
      <ConfirmDialog
        open={dialog === 'finalise'}
        title="Make this review final?"
        confirmLabel="Make final"
        confirmColor="primary"
        pending={finalise.pending}
        onConfirm={() => void makeFinal()}
        onCancel={() => setDialog(null)}
      >
        Once final, the scores, evidence and details of the {reviewName(review)} are locked, and your name and the time are recorded in the audit
        log. The action plan stays open. Every item must be scored and at least one reviewer named.
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'copy'}
        title="Copy into a new draft?"
        confirmLabel="Copy into a new draft"
        confirmColor="primary"
        pending={copy.pending}
        error={copy.error?.message}
        onConfirm={() => void copyToDraft()}
        onCancel={() => setDialog(null)}
      >
        A new draft dated today starts with this review’s scores, evidence, reviewers and kind, covering the 12 months up to today. Its action plan
        starts empty; this review’s actions show beside it, with whether each was achieved.
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        title="Delete this draft?"
        confirmLabel="Delete draft"
        pending={remove.pending}
        error={remove.error?.message}
        onConfirm={() => void deleteDraft()}
        onCancel={() => setDialog(null)}
      >
        The draft {reviewName(review)}, its scores, evidence and action plan will be deleted. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
