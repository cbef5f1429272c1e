import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { useState } from 'react';
import type { DataQualityRow } from '../../../../shared/ipc/reports';
import type { TemplateProblemRow } from '../../../../shared/ipc/returns';
import { fixLinkFor } from '../reports/data-quality-groups';

const FIRST_SHOWN = 8;

/**
 * What to sort out before sending: records that block or change figures (each with the link to fix it),
 * then what is wrong with the template (each naming its cell, with a suggestion), then the return's own
 * warnings (no records in the period, and so on).
 */
export function ReturnChecks({ dataQuality, problems, warnings }: { dataQuality: readonly DataQualityRow[]; problems: readonly TemplateProblemRow[]; warnings: readonly string[] }) {
  return (
    <Box sx={{ display: 'grid', gap: 2, mb: 3 }}>
      {dataQuality.length > 0 ? <DataQualityAlert rows={dataQuality} /> : null}
      {problems.length > 0 ? (
        <Alert severity="error" component="section" aria-labelledby="template-problems-title" data-testid="template-problems">
          <AlertTitle id="template-problems-title" component="h2" sx={{ fontSize: '1.125rem' }}>
            {problems.length === 1 ? 'The template has a problem' : `The template has ${problems.length} problems`}: fix {problems.length === 1 ? 'it' : 'them'} in the workbook or the mapping before exporting
          </AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {problems.map((p, i) => (
              <li key={`${p.where}-${i}`}>
                {p.where && !p.message.startsWith(p.where) ? <strong>{p.where}: </strong> : null}
                {p.message}
                {p.suggestion && !p.message.includes(p.suggestion) ? <> Did you mean <strong>{p.suggestion}</strong>?</> : null}
              </li>
            ))}
          </Box>
        </Alert>
      ) : null}
      {warnings.length > 0 ? (
        <Alert severity="warning" component="section" aria-label="About this return">
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </Box>
        </Alert>
      ) : null}
    </Box>
  );
}

function DataQualityAlert({ rows }: { rows: readonly DataQualityRow[] }) {
  const [all, setAll] = useState(false);
  const blocks = rows.filter((r) => r.severity === 'blocks').length;
  // Blocking problems first: they make a figure wrong, the others only change it.
  const ordered = [...rows].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocks' ? -1 : 1));
  const shown = all ? ordered : ordered.slice(0, FIRST_SHOWN);
  return (
    <Alert severity="warning" component="section" aria-labelledby="return-dq-title" data-testid="return-data-quality">
      <AlertTitle id="return-dq-title" component="h2" sx={{ fontSize: '1.125rem' }}>
        Check these records first: {rows.length === 1 ? '1 data-quality problem' : `${rows.length} data-quality problems`}
        {blocks > 0 ? ` (${blocks} stop a figure being right)` : ''}
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {shown.map((row, i) => {
          const link = fixLinkFor(row);
          return (
            <li key={`${row.record.ref}-${row.kind}-${i}`} style={{ marginBottom: 4 }}>
              {row.severity === 'blocks' ? <strong>Blocks a figure: </strong> : null}
              {row.message}
              {link ? (
                <>
                  {' '}
                  <Link href={link.href} sx={{ fontWeight: 600 }}>
                    {link.text}
                  </Link>
                </>
              ) : null}
            </li>
          );
        })}
      </Box>
      {rows.length > FIRST_SHOWN ? (
        <Button size="small" onClick={() => setAll(!all)} sx={{ mt: 1 }} aria-expanded={all}>
          {all ? 'Show fewer' : `Show all ${rows.length}`}
        </Button>
      ) : null}
    </Alert>
  );
}
