import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import {
  INSTRUMENTS, isFidelityItemId, suggestedItemIdSchema, type FidelityItem, type FidelityItemId, type FidelitySuggestions,
  type StoredReview, type StoredReviewItem,
} from '../../../../shared/fidelity';
import { periodText } from './fidelity-format';
import { ItemCard } from './ItemCard';

type View = 'all' | 'one';

interface Props {
  review: StoredReview;
  items: readonly StoredReviewItem[];
  suggestions: FidelitySuggestions;
  editable: boolean;
  /** Items a refusal to make the review final named. */
  refused: ReadonlySet<FidelityItemId>;
  /** An item to bring into view and focus (from "Still to score"); `seq` makes the same item asked twice count. */
  goToRequest: { item: FidelityItemId; seq: number } | null;
  onItemChange(item: FidelityItemId, patch: Partial<StoredReviewItem>): void;
}

function suggestionFor(suggestions: FidelitySuggestions, item: FidelityItem) {
  const id = suggestedItemIdSchema.safeParse(item.id);
  return id.success ? suggestions.suggestions[id.data] : undefined;
}

/**
 * Scoring a review: every item on one page grouped by section, or one item at a time, under the running
 * total. Saves as it goes (ItemCard); nothing here needs a Save button.
 */
export function ScoringPanel({ review, items, suggestions, editable, refused, goToRequest, onItemChange }: Props) {
  const instrument = INSTRUMENTS[review.instrument];
  const [view, setView] = useState<View>('all');
  const [current, setCurrent] = useState(0);
  const headings = useRef(new Map<FidelityItemId, HTMLHeadingElement>());
  const [pendingFocus, setPendingFocus] = useState<FidelityItemId | null>(null);
  const periodLabel = `${periodText(suggestions.period)}, records as of ${formatUkDate(suggestions.period.as_of)}`;
  const byId = new Map(items.map((i) => [i.item, i]));

  const goTo = useCallback(
    (id: FidelityItemId) => {
      const index = instrument.items.findIndex((i) => i.id === id);
      if (index < 0) return;
      setCurrent(index);
      setPendingFocus(id);
    },
    [instrument],
  );

  useEffect(() => {
    if (goToRequest) goTo(goToRequest.item);
  }, [goToRequest, goTo]);

  // After the item is on screen (a view change may be needed first), its heading takes focus.
  useEffect(() => {
    if (!pendingFocus) return;
    const heading = headings.current.get(pendingFocus);
    if (!heading) return;
    // Centred, so the running total kept at the top of the window never covers it.
    heading.scrollIntoView({ block: 'center' });
    heading.focus({ preventScroll: true });
    setPendingFocus(null);
  }, [pendingFocus, current, view]);

  const card = (item: FidelityItem) => (
    <ItemCard
      key={item.id}
      ref={(el) => {
        if (el) headings.current.set(item.id, el);
        else headings.current.delete(item.id);
      }}
      reviewId={review.id}
      item={item}
      value={byId.get(item.id)!}
      editable={editable}
      suggestion={suggestionFor(suggestions, item)}
      periodLabel={periodLabel}
      refused={refused.has(item.id)}
      onChange={(patch) => onItemChange(item.id, patch)}
    />
  );

  const groups =
    instrument.sections.length > 0
      ? instrument.sections.map((s) => ({ key: s.id, title: s.title, items: instrument.items.filter((i) => i.section === s.id) }))
      : [{ key: 'all', title: null, items: instrument.items }];
  const one = instrument.items[current] ?? instrument.items[0]!;

  return (
    <Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <Typography sx={{ flex: '1 1 420px' }}>
          {instrument.scoreNote} {editable ? 'Every change is saved as you go.' : ''}
        </Typography>
        <ToggleButtonGroup
          value={view}
          exclusive
          size="small"
          onChange={(_, v: View | null) => {
            if (v) setView(v);
          }}
          aria-label="Show"
        >
          <ToggleButton value="all">All items</ToggleButton>
          <ToggleButton value="one">One item at a time</ToggleButton>
        </ToggleButtonGroup>
      </Box>

      {view === 'all' ? (
        groups.map((g) =>
          g.title ? (
            <Box key={g.key} component="section" aria-labelledby={`section-${g.key}`} sx={{ mb: 3 }}>
              <Typography variant="h2" id={`section-${g.key}`} sx={{ mb: 1.5 }}>
                {g.title}
              </Typography>
              {g.items.map(card)}
            </Box>
          ) : (
            <Box key={g.key}>{g.items.map(card)}</Box>
          ),
        )
      ) : (
        <Box>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 2 }}>
            <Button variant="outlined" onClick={() => goTo(instrument.items[current - 1]!.id)} disabled={current === 0}>
              Previous item
            </Button>
            <TextField
              select
              size="small"
              id="go-to-item"
              label="Item"
              value={one.id}
              onChange={(e) => {
                if (isFidelityItemId(e.target.value)) goTo(e.target.value);
              }}
              fullWidth={false}
              sx={{ width: 380 }}
            >
              {instrument.items.map((i) => (
                <MenuItem key={i.id} value={i.id}>
                  {i.number}. {i.shortTitle} {byId.get(i.id)?.score === null ? '(not scored)' : `(scored ${byId.get(i.id)?.score})`}
                </MenuItem>
              ))}
            </TextField>
            <Button variant="outlined" onClick={() => goTo(instrument.items[current + 1]!.id)} disabled={current === instrument.items.length - 1}>
              Next item
            </Button>
            <Typography aria-live="polite">
              Item {current + 1} of {instrument.items.length}
            </Typography>
          </Box>
          {card(one)}
        </Box>
      )}
    </Box>
  );
}
