import Box from '@mui/material/Box';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { itemLabel, type FidelityItem } from '../../../../shared/fidelity';
import { nhsColours } from '../../theme';

interface Props {
  item: FidelityItem;
  score: number | null;
  disabled: boolean;
  /** A refusal to make the review final named this item. */
  error: string | null;
  onChange(score: number): void;
}

/**
 * The score of one item as a radio group whose options are the item's levels side by side, lowest first,
 * so the reviewer reads every anchor and compares them before choosing. Only the item's own range is
 * offered (1–5, or 0–3 for Sainsbury items 7 and 8). Arrow keys move between levels, as in any radio group;
 * each option is named by its score and described by its anchor text.
 */
export function ScorePicker({ item, score, disabled, error, onChange }: Props) {
  const base = `score-${item.id.replace(':', '-')}`;
  const errorId = `${base}-error`;
  return (
    <Box>
      <RadioGroup
        name={base}
        value={score === null ? '' : String(score)}
        onChange={(_, value) => onChange(Number(value))}
        aria-label={`Score for ${itemLabel(item)}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: `repeat(${item.levels.length}, minmax(0, 1fr))` }, gap: 1, flexDirection: 'unset' }}
      >
        {item.levels.map((level) => {
          const id = `${base}-${level.score}`;
          const chosen = score === level.score;
          return (
            <Box
              component="label"
              key={level.score}
              htmlFor={id}
              data-score={level.score}
              sx={{
                display: 'flex',
                flexDirection: 'column',
                gap: 0.5,
                p: 1.25,
                border: '2px solid',
                borderColor: chosen ? nhsColours.blue : error ? nhsColours.red : nhsColours.border,
                bgcolor: chosen ? '#E3EEF8' : nhsColours.white,
                borderRadius: 1,
                cursor: disabled ? 'default' : 'pointer',
                '&:hover': disabled ? undefined : { borderColor: nhsColours.blue },
                '&:focus-within': { outline: `3px solid ${nhsColours.focus}`, outlineOffset: 0, boxShadow: `0 0 0 6px ${nhsColours.focusText}` },
              }}
            >
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                <Radio
                  id={id}
                  value={String(level.score)}
                  disabled={disabled}
                  size="small"
                  sx={{ p: 0.5 }}
                  slotProps={{ input: { 'aria-labelledby': `${id}-score`, 'aria-describedby': `${id}-text` } as object }}
                />
                <Typography id={`${id}-score`} component="span" sx={{ fontWeight: 700, fontSize: '1.1rem' }}>
                  {level.score}
                </Typography>
                {chosen && (
                  <Typography component="span" variant="body2" sx={{ ml: 'auto', fontWeight: 700, color: nhsColours.darkBlue }}>
                    Chosen
                  </Typography>
                )}
              </Box>
              <Typography id={`${id}-text`} variant="body2" sx={{ color: nhsColours.text }}>
                {level.text}
              </Typography>
            </Box>
          );
        })}
      </RadioGroup>
      {error && (
        <Typography id={errorId} sx={{ color: nhsColours.red, fontWeight: 700, mt: 0.5 }}>
          {error}
        </Typography>
      )}
    </Box>
  );
}
