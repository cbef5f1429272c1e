import Box from '@mui/material/Box';
import { hrefFor } from '../../app/routes';
import { nhsColours } from '../../theme';
import type { SettingsPage } from './settings-pages';

const linkStyle = {
  display: 'inline-block',
  px: 2,
  py: 1,
  color: nhsColours.blue,
  fontWeight: 700,
  textDecoration: 'underline',
  borderBottom: '4px solid transparent',
  '&:visited': { color: nhsColours.blue },
  '&:hover': { color: nhsColours.darkBlue, textDecorationThickness: '3px' },
  '&[aria-current="page"]': { color: nhsColours.text, textDecoration: 'none', borderBottomColor: nhsColours.blue },
} as const;

/** The pages of Settings as links, the one on show marked as current. */
export function SettingsNav({ pages, current }: { pages: readonly SettingsPage[]; current: string }) {
  return (
    <Box component="nav" aria-label="Settings" sx={{ mb: 3, borderBottom: 1, borderColor: 'divider' }}>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap' }}>
        {pages.map((page) => (
          <li key={page.id}>
            <Box component="a" href={hrefFor({ screen: 'settings', tab: page.id })} aria-current={page.id === current ? 'page' : undefined} sx={linkStyle}>
              {page.label}
            </Box>
          </li>
        ))}
      </Box>
    </Box>
  );
}
