import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface Props {
  /** Also the prefix of the heading's id (`${id}-heading`), which names the section. */
  id: string;
  title: string;
  /** A sentence or two on what the section is for, under the heading. */
  intro?: ReactNode;
  children: ReactNode;
}

/** One section of Settings: a card with its own heading, named by it for screen readers. */
export function SettingsCard({ id, title, intro, children }: Props) {
  const headingId = `${id}-heading`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
      <Typography variant="h2" id={headingId} sx={{ mb: 1 }}>
        {title}
      </Typography>
      {intro ? <Typography sx={{ mb: 2, maxWidth: 760 }}>{intro}</Typography> : null}
      {children}
    </Paper>
  );
}
