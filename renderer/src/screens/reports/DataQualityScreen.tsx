import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { formatUkDate } from '../../../../shared/dates';
import type { DataQualityRow } from '../../../../shared/ipc/reports';
import { FormAlert } from '../../components/FormAlert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcQuery } from '../../data/ipc-query';
import { fixLinkFor, groupProblems, KIND_TITLES, SEVERITY_TEXT } from './data-quality-groups';
import { UnlistedNames } from './UnlistedNames';

/** Records that change or block figures, so a manager can fix them before a return goes out. */
export function DataQualityScreen() {
  const { data, error } = useIpcQuery('reports.dataQuality', {});
  const problems = data?.problems;
  const asOf = data?.asOf ?? '';
  const groups = problems ? groupProblems(problems) : [];
  const count = (s: DataQualityRow['severity']) => problems?.filter((p) => p.severity === s).length ?? 0;

  return (
    <>
      <ScreenHeading title="Data quality">Data quality</ScreenHeading>
      <Typography sx={{ mb: 2, maxWidth: 900 }}>
        Check before sending a return: these records stop figures being worked out or change them. Fix each one from its record.
      </Typography>
      <FormAlert>{error?.message}</FormAlert>
      {problems && (
        <Paper variant="outlined" sx={{ p: 2, mb: 3, display: 'flex', gap: 4, flexWrap: 'wrap' }} aria-label="Summary" component="section">
          <Summary label="Block figures" value={count('blocks')} />
          <Summary label="Change figures" value={count('changes')} />
          <Typography sx={{ alignSelf: 'center', color: 'text.secondary' }}>Checked as of {formatUkDate(asOf)}</Typography>
        </Paper>
      )}
      {problems?.length === 0 && <Typography>No problems found. The records are ready for a return.</Typography>}
      {groups.map(({ severity, kinds }) => (
        <Box component="section" key={severity} aria-labelledby={`dq-${severity}`} sx={{ mb: 4 }}>
          <Typography variant="h2" id={`dq-${severity}`} sx={{ mb: 0.5 }}>
            {SEVERITY_TEXT[severity].title}
          </Typography>
          <Typography sx={{ mb: 2, color: 'text.secondary' }}>{SEVERITY_TEXT[severity].explain}</Typography>
          {kinds.map(({ kind, rows }) => (
            <Box key={kind} component="section" aria-labelledby={`dq-${severity}-${kind}`} sx={{ mb: 2.5 }}>
              <Typography component="h3" variant="h3" id={`dq-${severity}-${kind}`} sx={{ mb: 1 }}>
                {KIND_TITLES[kind] ?? kind} ({rows.length})
              </Typography>
              <Box component="ul" sx={{ m: 0, pl: 3 }}>
                {rows.map((row, i) => {
                  const link = fixLinkFor(row);
                  return (
                    <li key={`${row.record.ref}-${i}`} style={{ marginBottom: 6 }}>
                      {/* The client's name beside their reference, so a manager knows who it is without opening the record. */}
                      {row.record.name ? <strong>{row.record.name}: </strong> : null}
                      {row.message}
                      {link && (
                        <>
                          {' '}
                          <Link href={link.href} sx={{ fontWeight: 600 }}>
                            {link.text}
                          </Link>
                        </>
                      )}
                    </li>
                  );
                })}
              </Box>
            </Box>
          ))}
        </Box>
      ))}
      <UnlistedNames />
    </>
  );
}

function Summary({ label, value }: { label: string; value: number }) {
  return (
    <Box>
      <Typography sx={{ fontSize: '2rem', fontWeight: 700, lineHeight: 1 }}>{value}</Typography>
      <Typography>{label}</Typography>
    </Box>
  );
}
