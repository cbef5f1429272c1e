import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { SECTIONS, metricsOfSection, type Report, type SectionId } from '../../../../shared/outcomes';
import { MetricCard } from './MetricCard';
import type { ClientDirectory } from './client-directory';

type Props = { section: SectionId; report: Report; periodDays: number; directory: ClientDirectory; intro?: ReactNode; children?: ReactNode; after?: ReactNode };

/** One section of DOMAIN §4: its heading, anything the section adds first (summary, charts), then its figures. */
export function ReportSection({ section, report, periodDays, directory, intro, children, after }: Props) {
  const headingId = `section-${section}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 5 }}>
      <Typography variant="h2" id={headingId} sx={{ mb: 1 }}>
        {SECTIONS[section]}
      </Typography>
      {intro && <Typography sx={{ mb: 2, color: 'text.secondary', maxWidth: 900 }}>{intro}</Typography>}
      {children}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', alignItems: 'start' }}>
        {metricsOfSection(section).map((def) => (
          <MetricCard key={def.id} def={def} metric={report.metrics[def.id]} periodDays={periodDays} directory={directory} />
        ))}
      </Box>
      {after && <Box sx={{ mt: 3 }}>{after}</Box>}
    </Box>
  );
}
