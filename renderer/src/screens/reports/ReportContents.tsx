import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { SectionId } from '../../../../shared/outcomes';
import { sectionHeadingId } from './ReportSection';

/** The sections in the order the screen shows them, with the short names the contents bar uses. */
export const REPORT_CONTENTS: readonly { section: SectionId; label: string }[] = [
  { section: 'key_outcomes', label: 'Key outcomes' },
  { section: 'caseload', label: 'Caseload' },
  { section: 'fidelity', label: 'Fidelity and quality' },
  { section: 'kpis', label: 'Annual KPIs' },
  { section: 'intake', label: 'Intake (Sainsbury B)' },
  { section: 'sainsbury_d', label: 'Outcomes (Sainsbury D)' },
];

/**
 * A contents bar to jump between the report's sections. Each link moves focus to its section's heading
 * (so the next Tab starts there) instead of following the href: the address is the router's.
 */
export function ReportContents() {
  return (
    <Box component="nav" aria-label="Report contents" className="no-print" sx={{ mb: 3, p: 1.5, bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap', columnGap: 2.5, rowGap: 1 }}>
        {REPORT_CONTENTS.map(({ section, label }) => (
          <li key={section}>
            <Link
              href={`#${sectionHeadingId(section)}`}
              onClick={(event) => {
                event.preventDefault();
                const heading = document.getElementById(sectionHeadingId(section));
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
