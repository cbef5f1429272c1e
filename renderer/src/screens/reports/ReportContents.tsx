import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { BY_SPECIALIST_HEADING_ID } from './BySpecialistSection';
import { sectionHeadingId } from './ReportSection';

/** The sections in the order the screen shows them (by their headings' ids), with the contents bar's short names. */
export const REPORT_CONTENTS: readonly { headingId: string; label: string }[] = [
  { headingId: sectionHeadingId('key_outcomes'), label: 'Key outcomes' },
  { headingId: sectionHeadingId('caseload'), label: 'Caseload' },
  { headingId: BY_SPECIALIST_HEADING_ID, label: 'By specialist' },
  { headingId: sectionHeadingId('fidelity'), label: 'Fidelity and quality' },
  { headingId: sectionHeadingId('kpis'), label: 'Annual KPIs' },
  { headingId: sectionHeadingId('intake'), label: 'Intake (Sainsbury B)' },
  { headingId: sectionHeadingId('sainsbury_d'), label: 'Outcomes (Sainsbury D)' },
];

/**
 * A contents bar to jump between the report's sections. Each link moves focus to its section's heading
 * (so the next Tab starts there) instead of following the href: the address is the router's.
 */
export function ReportContents() {
  return (
    <Box component="nav" aria-label="Report contents" className="no-print" sx={{ mb: 3, p: 1.5, bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap', columnGap: 2.5, rowGap: 1 }}>
        {REPORT_CONTENTS.map(({ headingId, label }) => (
          <li key={headingId}>
            <Link
              href={`#${headingId}`}
              onClick={(event) => {
                event.preventDefault();
                const heading = document.getElementById(headingId);
                heading?.scrollIntoView({ block: 'start' });
                heading?.focus({ preventScroll: true });
              }}
              sx={{ fontWeight: 700 }}
            >
              {label}
            </Link>
          </li>
        ))}
      </Box>
    </Box>
  );
}
