import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { forwardRef, useCallback } from 'react';
import {
  EVIDENCE_NOTE_MAX, EVIDENCE_SOURCE, INSTRUMENTS, type EvidenceSource, type FidelityItem, type FidelitySuggestion, type StoredReviewItem,
} from '../../../../shared/fidelity';
import { nhsColours } from '../../theme';
import { ScorePicker } from './ScorePicker';
import { SuggestionBox } from './SuggestionBox';
import { useItemAutosave, type SaveState } from './use-item-autosave';

interface Props {
  reviewId: string;
  item: FidelityItem;
  value: StoredReviewItem;
  /** False for a final review, or for a user who may only read. */
  editable: boolean;
  suggestion: FidelitySuggestion | undefined;
  periodLabel: string;
  /** The refusal to make the review final named this item. */
  refused: boolean;
  onChange(patch: Partial<StoredReviewItem>): void;
}

/** The sources ticked, in words, as a reader sees them: "Interviews, Documents". */
function sourcesText(sources: readonly EvidenceSource[]): string {
  const named = EVIDENCE_SOURCE.values.filter((s) => sources.includes(s)).map((s) => EVIDENCE_SOURCE.labels[s]);
  return named.length > 0 ? named.join(', ') : 'None recorded.';
}

export function itemElementId(item: FidelityItem): string {
  return `item-${item.id.replace(':', '-')}`;
}

function SaveStatus({ state }: { state: SaveState }) {
  const text = state.status === 'saving' ? 'Saving…' : state.status === 'saved' ? 'Saved' : state.status === 'error' ? `Not saved: ${state.message}` : '';
  return (
    <Typography
      role="status"
      variant="body2"
      sx={{ ml: 'auto', fontWeight: 700, minHeight: '1.5em', color: state.status === 'error' ? nhsColours.red : state.status === 'saved' ? nhsColours.green : nhsColours.secondaryText }}
    >
      {text}
    </Typography>
  );
}

/**
 * One item of a review: what it judges, its levels side by side as the score picker, the data's suggestion
 * where DOMAIN §7 gives a rule, and the evidence (note, sources, "not enough evidence"). Every change is
 * saved at once, the note once typing pauses, with the save's state beside the item's heading.
 */
export const ItemCard = forwardRef<HTMLHeadingElement, Props>(function ItemCard({ reviewId, item, value, editable, suggestion, periodLabel, refused, onChange }, headingRef) {
  const onSaved = useCallback(
    (saved: { item: StoredReviewItem }) => onChange({ score: saved.item.score, suggestion: saved.item.suggestion }),
    [onChange],
  );
  const autosave = useItemAutosave(reviewId, item.id, onSaved);
  const id = itemElementId(item);
  const section = item.section ? INSTRUMENTS[item.instrument].sections.find((s) => s.id === item.section)?.title : null;
  const unscoredMessage = refused && value.score === null ? `Item ${item.number} is not scored: choose a score to make the review final.` : null;

  function setScore(score: number | null) {
    onChange({ score });
    autosave.sendNow({ score });
  }
  function toggleSource(source: EvidenceSource, on: boolean) {
    const sources = EVIDENCE_SOURCE.values.filter((s) => (s === source ? on : value.sources.includes(s)));
    onChange({ sources });
    autosave.sendNow({ sources });
  }

  return (
    <Paper variant="outlined" component="section" aria-labelledby={`${id}-heading`} id={id} sx={{ p: { xs: 1.5, sm: 2 }, mb: 2, borderColor: unscoredMessage ? nhsColours.red : undefined }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h3" id={`${id}-heading`} ref={headingRef} tabIndex={-1} sx={{ fontSize: '1.2rem' }}>
          {item.number}. {item.shortTitle}
        </Typography>
        {section && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {section}
          </Typography>
        )}
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          Scored {item.min} to {item.max}
        </Typography>
        {editable && <SaveStatus state={autosave.state} />}
      </Box>
      {item.title !== item.shortTitle && <Typography sx={{ fontStyle: 'italic', mt: 0.5 }}>{item.title}</Typography>}
      <Typography sx={{ mt: 0.5, mb: 1.5 }}>{item.description}</Typography>

      <ScorePicker item={item} score={value.score} disabled={!editable} error={unscoredMessage} onChange={setScore} />
      {editable && value.score !== null && (
        <Button size="small" onClick={() => setScore(null)} sx={{ mt: 0.5 }}>
          Clear the score of item {item.number}
        </Button>
      )}

      {suggestion && (
        <Box sx={{ mt: 1.5 }}>
          <SuggestionBox
            suggestion={suggestion}
            score={value.score}
            kept={value.suggestion}
            periodLabel={periodLabel}
            onAccept={
              editable
                ? () => {
                    onChange({ score: suggestion.score });
                    autosave.sendNow({ acceptSuggestion: true });
                  }
                : null
            }
          />
        </Box>
      )}

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 2, mt: 2, alignItems: 'start' }}>
        {editable ? (
          <TextField
            id={`${id}-evidence`}
            label={`Evidence for item ${item.number}`}
            multiline
            minRows={2}
            value={value.evidence ?? ''}
            onChange={(e) => {
              onChange({ evidence: e.target.value });
              autosave.sendSoon({ evidence: e.target.value.trim() === '' ? null : e.target.value });
            }}
            onBlur={autosave.flush}
            helperText="What the score is based on: records looked at, people asked, what was seen."
            slotProps={{ htmlInput: { maxLength: EVIDENCE_NOTE_MAX } }}
          />
        ) : (
          <Box>
            <Typography sx={{ fontWeight: 700 }}>Evidence</Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{value.evidence || 'None recorded.'}</Typography>
          </Box>
        )}
        {editable ? (
          <Box>
            <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
              <Typography component="legend" sx={{ fontWeight: 700 }}>
                Evidence sources for item {item.number}
              </Typography>
              <FormGroup row>
                {EVIDENCE_SOURCE.values.map((source) => (
                  <FormControlLabel
                    key={source}
                    control={<Checkbox size="small" checked={value.sources.includes(source)} onChange={(e) => toggleSource(source, e.target.checked)} />}
                    label={EVIDENCE_SOURCE.labels[source]}
                  />
                ))}
              </FormGroup>
            </Box>
            <FormControlLabel
              control={
                <Checkbox
                  size="small"
                  checked={value.not_enough_evidence}
                  onChange={(e) => {
                    onChange({ not_enough_evidence: e.target.checked });
                    autosave.sendNow({ not_enough_evidence: e.target.checked });
                  }}
                />
              }
              label="Not enough evidence to be sure of this score"
            />
          </Box>
        ) : (
          <Box>
            <Typography sx={{ fontWeight: 700 }}>Evidence sources</Typography>
            <Typography>{sourcesText(value.sources)}</Typography>
            {value.not_enough_evidence && <Typography sx={{ mt: 0.5 }}>Not enough evidence to be sure of this score.</Typography>}
          </Box>
        )}
      </Box>
    </Paper>
  );
});
