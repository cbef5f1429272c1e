import Box from '@mui/material/Box';
import { nhsColours } from '../../theme';

const KEYS = [
  { colour: nhsColours.blue, tint: '#E3EEF9', text: 'figure set in the workbook (a {{token}} or a defined name)' },
  { colour: nhsColours.green, tint: '#E2F2E8', text: 'figure mapped here' },
  { colour: nhsColours.red, tint: nhsColours.white, text: 'a problem to fix (listed above)' },
];

/** What the grid's outlines mean, always in view beside the grid rather than only in a hint. */
export function GridLegend() {
  return (
    <Box component="ul" aria-label="Key to the grid" sx={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 3, m: 0, mt: 1, p: 0, fontSize: '0.9375rem' }}>
      {KEYS.map((k) => (
        <Box component="li" key={k.text} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Box aria-hidden="true" sx={{ width: 28, height: 16, bgcolor: k.tint, boxShadow: `inset 0 0 0 2px ${k.colour}` }} />
          {k.text}
        </Box>
      ))}
    </Box>
  );
}
