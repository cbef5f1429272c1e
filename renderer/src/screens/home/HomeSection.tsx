import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';

export interface HomeItem {
  key: string;
  /** Where the item is dealt with (the client's record at the right tab); plain text when there is none. */
  href: string | null;
  /** The link text: who or what. */
  primary: string;
  /** What is due, in a few words. */
  secondary?: string;
  /** A further line (the evidence to collect). */
  detail?: string;
}

interface Props {
  id: string;
  title: string;
  /** Under the heading: what the list is and why it matters. */
  intro?: ReactNode;
  items: readonly HomeItem[];
  /** Said when the list is empty. */
  empty: string;
  /** Shown before "Show all": a long list stays scannable. */
  firstFew?: number;
}

/** One list of the week: a heading with its count, then each item linking to where it is dealt with. */
export function HomeSection({ id, title, intro, items, empty, firstFew = 8 }: Props) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, firstFew);
  const headingId = `home-${id}`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, sm: 3 }, minWidth: 0 }} data-testid={`home-${id}`}>
      <Typography variant="h2" id={headingId} sx={{ fontSize: '1.25rem', mb: 0.5 }}>
        {title} ({items.length})
      </Typography>
      {intro ? <Typography sx={{ color: 'text.secondary', mb: 1.5 }}>{intro}</Typography> : null}
      {items.length === 0 ? (
        <Typography>{empty}</Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {shown.map((item) => (
            <Box component="li" key={item.key} sx={{ py: 1, borderTop: 1, borderColor: 'divider', overflowWrap: 'anywhere' }}>
              {item.href ? (
                <Link href={item.href} sx={{ fontWeight: 700 }}>
                  {item.primary}
                </Link>
              ) : (
                <Box component="span" sx={{ fontWeight: 700 }}>
                  {item.primary}
                </Box>
              )}
              {item.secondary ? <Box component="span">: {item.secondary}</Box> : null}
              {item.detail ? <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.25 }}>{item.detail}</Typography> : null}
            </Box>
          ))}
        </Box>
      )}
      {items.length > firstFew ? (
        <Button size="small" onClick={() => setAll(!all)} sx={{ mt: 1 }} aria-expanded={all}>
          {all ? `Show the first ${firstFew} only` : `Show all ${items.length}`}
        </Button>
      ) : null}
    </Paper>
  );
}
