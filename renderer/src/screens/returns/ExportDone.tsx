import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import type { ExportResult } from './types';

/** What was saved: the file's name and SHA-256 (to quote if the commissioner asks which file), and any warnings. */
export function ExportDone({ result, again }: { result: ExportResult & { sameOutput?: boolean }; again?: boolean }) {
  return (
    <Alert severity="success" role="status" sx={{ mt: 2 }} data-testid="export-done">
      {again ? 'Exported again' : 'Exported'} as <strong>{result.fileName}</strong>
      {result.sameOutput === undefined ? '' : result.sameOutput ? ' — the same file, byte for byte, as the first time.' : ' — the records have changed since, so the file differs from the first time.'}
      <Box component="span" sx={{ display: 'block', fontSize: '0.875rem', overflowWrap: 'anywhere' }}>
        SHA-256 {result.sha256}
      </Box>
      {result.warnings.length > 0 ? (
        <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </Box>
      ) : null}
    </Alert>
  );
}
