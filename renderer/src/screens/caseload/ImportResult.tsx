import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useEffect, useRef } from 'react';
import { countsText, type ImportOutcome } from './import-outcome';

const listStyle = {
  maxHeight: 260,
  overflowY: 'auto',
  m: 0,
  mt: 1,
  pl: 3,
  pr: 1,
  py: 1,
  bgcolor: 'background.paper',
  border: 1,
  borderColor: 'divider',
  fontFamily: 'inherit',
  '& li': { mb: 0.5 },
} as const;

/** The outcome of an import, taking focus so it is read out: what was added, or every problem to fix. */
export function ImportResult({ outcome, onDismiss }: { outcome: ImportOutcome; onDismiss(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [outcome]);
  const dismiss = (
    <Button color="inherit" size="small" onClick={onDismiss}>
      Close
    </Button>
  );

  if (outcome.kind === 'imported') {
    const all = Object.entries(outcome.summary.counts);
    const sheets = all.filter(([, c]) => c.added + c.updated + c.unchanged > 0);
    const emptySheets = all.filter(([, c]) => c.added + c.updated + c.unchanged === 0).map(([sheet]) => sheet);
    const warnings = outcome.summary.warnings;
    return (
      <Alert severity="success" ref={ref} tabIndex={-1} action={dismiss} sx={{ mb: 2 }} data-testid="import-result">
        <AlertTitle>Imported {outcome.fileName}</AlertTitle>
        <Box component="ul" sx={{ m: 0, pl: 3 }}>
          {sheets.map(([sheet, counts]) => (
            <li key={sheet}>
              {sheet}: {countsText(counts)}
            </li>
          ))}
          {emptySheets.length ? <li>{emptySheets.join(', ')}: no rows</li> : null}
        </Box>
        {warnings.length ? (
          <>
            <Box component="p" sx={{ mb: 0, fontWeight: 700 }}>
              {warnings.length === 1 ? '1 warning (nothing was left out because of it):' : `${warnings.length} warnings (nothing was left out because of them):`}
            </Box>
            <Box component="ul" sx={listStyle} tabIndex={0} aria-label="Import warnings">
              {warnings.map((warning, index) => (
                <li key={index}>{warning}</li>
              ))}
            </Box>
          </>
        ) : null}
      </Alert>
    );
  }

  if (outcome.kind === 'failed') {
    return (
      <Alert severity="error" ref={ref} tabIndex={-1} action={dismiss} sx={{ mb: 2 }} data-testid="import-result">
        <AlertTitle>{outcome.fileName} was not imported</AlertTitle>
        {outcome.message}
      </Alert>
    );
  }

  const n = outcome.total;
  return (
    <Alert severity="error" ref={ref} tabIndex={-1} action={dismiss} sx={{ mb: 2, '& .MuiAlert-message': { width: '100%' } }} data-testid="import-result">
      <AlertTitle>Nothing was imported from {outcome.fileName}</AlertTitle>
      Fix {n === 1 ? 'this problem' : `these ${n.toLocaleString('en-GB')} problems`} in the workbook and try again. Your records have not changed.
      <Box component="ul" sx={listStyle} tabIndex={0} aria-label="Problems in the workbook">
        {outcome.problems.map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
      </Box>
    </Alert>
  );
}
