import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutline from '@mui/icons-material/Cancel';
import HelpOutline from '@mui/icons-material/Help';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { TargetStatus } from './format';

const LOOK: Record<TargetStatus, { word: string; colour: string; Icon: typeof CheckCircle }> = {
  met: { word: 'Target met', colour: '#007F3B', Icon: CheckCircle },
  not_met: { word: 'Target not met', colour: '#D5281B', Icon: ErrorOutline },
  no_data: { word: 'Nothing to judge yet', colour: '#4C6272', Icon: HelpOutline },
};

/** Target beside a figure: the words and an icon carry the meaning; colour only repeats it. */
export function TargetBadge({ status, text }: { status: TargetStatus; text: string }) {
  const { word, colour, Icon } = LOOK[status];
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, mt: 0.5 }}>
      <Icon aria-hidden sx={{ color: colour, fontSize: 20 }} />
      <Typography variant="body2">
        <Box component="strong" sx={{ color: colour }}>{word}</Box> · target {text}
      </Typography>
    </Box>
  );
}
