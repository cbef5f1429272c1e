import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { SECTIONS, metricsOfSection, type Report, type SectionId } from '../../../../shared/outcomes';
import { MetricCard } from './MetricCard';
import type { ClientDirectory } from './client-directory';
import { ExportButtons } from './export/ExportButtons';
import { sectionTable } from './export/report-tables';

type Props = { section: SectionId; report: Report; periodDays: number; directory: ClientDirectory; intro?: ReactNode; children?: ReactNode; after?: ReactNode };

/** The id of a section's heading: the contents bar jumps to it. */
export function sectionHeadingId(section: SectionId): string {
  return `section-${section}`;
}

/**
 * One section of DOMAIN §4: its heading, a download of its figures, anything the section adds first
 * (summary, charts), then its figures.
 */
export function ReportSection({ section, report, periodDays, directory, intro, children, after }: Props) {
  const headingId = sectionHeadingId(section);
  return (
    <Box component="section" aria-labelledby={headingId} className="report-section" sx={{ mb: 5 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1 }}>
        <Typography variant="h2" id={headingId} tabIndex={-1}>
          {SECTIONS[section]}
        </Typography>
        <ExportButtons what={SECTIONS[section]} period={report.period} table={() => sectionTable(section, report, periodDays)} />
      </Box>
      {intro && <Typography sx={{ mb: 2, color: 'text.secondary', maxWidth: 900 }}>{intro}</Typography>}
      {children}
      <Box className="metric-grid" sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(min(300px, 100%), 1fr))', alignItems: 'start' }}>
        {metricsOfSection(section).map((def) => (
          <MetricCard key={def.id} def={def} metric={report.metrics[def.id]} periodDays={periodDays} directory={directory} period={report.period} />
        ))}
      </Box>
      {after && <Box sx={{ mt: 3 }}>{after}</Box>}
    </Box>
  );
}
