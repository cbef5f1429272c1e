import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import type { TemplateRef } from '../../../../shared/ipc/returns';
import { figureChoices } from '../../../../shared/returns';
import { FormAlert } from '../../components/FormAlert';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcQuery } from '../../data/ipc-query';
import { useCurrentRole, useMayCall } from '../../data/permissions';
import { ROLE_IN_WORDS } from '../../../../shared/roles';
import { whoMayCall } from '../../data/role-words';
import { initialAppliedPeriod, PeriodPicker, type AppliedPeriod } from '../reports/PeriodPicker';
import { ExportHistory } from './ExportHistory';
import { ExportPanel } from './ExportPanel';
import { ReturnChecks } from './ReturnChecks';
import { TemplateChooser } from './TemplateChooser';
import { TemplateSheets } from './TemplateSheets';
import { useReturnPreview } from './use-return-preview';

const FIRST_RETURN: TemplateRef = { kind: 'builtin', id: 'ips-standard-data-set' };

/**
 * Commissioner returns (issue 8 point 5): choose a return and a period, see the records to fix first,
 * see every cell the return fills with the value it will get (mapping the commissioner's own cells to
 * figures), export the file, and look back at — or repeat — every export. A role that may only look (a
 * viewer: shared/ipc/access.ts) sees the returns and their history, is offered none of the changes, and is told so.
 */
export function ReturnsScreen() {
  const [template, setTemplate] = useState<TemplateRef>(FIRST_RETURN);
  const [applied, setApplied] = useState<AppliedPeriod>(() => initialAppliedPeriod());
  const choices = useMemo(() => figureChoices(), []);
  const templates = useIpcQuery('returns.templates', {});
  const view = useIpcQuery('returns.openTemplate', { template });
  const role = useCurrentRole();
  const mayExport = useMayCall('returns.export');
  const mapping = view.data && template.kind === 'saved' ? view.data.mapping : undefined;
  const preview = useReturnPreview(view.data ? { template, period: applied.period, asOf: applied.asOf, identifiable: false, ...(mapping ? { mapping } : {}) } : null);

  const problems = preview.data?.problems ?? view.data?.scan.problems ?? [];
  const problemCells = useMemo(() => new Set(problems.map((p) => p.where).filter(Boolean)), [problems]);
  const clientRows = preview.data?.clientRows ?? [];
  const clientLevel = (view.data?.scan.clientRows.length ?? 0) > 0;

  return (
    <>
      <ScreenHeading title="Returns">Returns</ScreenHeading>
      <Typography sx={{ mb: 2, maxWidth: 900 }}>
        Fill in a return from the figures IPS Desk already works out: a built-in return, or the commissioner’s own workbook, which goes back exactly as they made it with only its figure cells filled in.
      </Typography>
      {role && !mayExport ? (
        <ReadOnlyNotice>
          Signed in as {ROLE_IN_WORDS[role]}, you can see what each return will hold for any period and look back at the returns already exported.
          Loading a commissioner’s template, choosing figures for its cells and exporting need {whoMayCall('returns.export')}.
        </ReadOnlyNotice>
      ) : null}
      <Paper variant="outlined" component="section" aria-labelledby="choose-title" sx={{ p: 2, mb: 3 }}>
        <Typography variant="h2" id="choose-title" sx={{ mb: 2 }}>
          Return and period
        </Typography>
        <TemplateChooser templates={templates.data} value={template} onChange={setTemplate} />
        <Box sx={{ mt: 2 }}>
          <PeriodPicker idPrefix="return-period" initial={applied} onApply={setApplied} pending={preview.pending} submitLabel="Show the return" />
        </Box>
      </Paper>
      <FormAlert>{templates.error?.message ?? view.error?.message ?? preview.error?.message}</FormAlert>
      {preview.data ? (
        <Box sx={{ mb: 2 }} aria-live="polite">
          <Typography variant="h2" component="p" data-testid="return-period-label">
            {preview.data.template.name}: {preview.data.period.label}
          </Typography>
          <Typography sx={{ color: 'text.secondary' }}>
            {formatUkDate(preview.data.period.start)} to {formatUkDate(preview.data.period.end)} · figures as of {formatUkDate(preview.data.period.as_of)}
            {clientRows.map((r) => ` · ${r.rows === 1 ? '1 client row' : `${r.rows} client rows`} on ${r.sheet}`).join('')}
          </Typography>
        </Box>
      ) : null}
      {preview.pending || view.isFetching ? (
        <Box role="status" sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 2 }}>
          <CircularProgress size={18} aria-hidden="true" /> Working out the return…
        </Box>
      ) : null}
      <ReturnChecks dataQuality={preview.data?.dataQuality ?? []} problems={problems} warnings={preview.data?.warnings ?? []} />
      {view.data ? (
        <Box component="section" aria-labelledby="cells-title" sx={{ mb: 4 }}>
          <Typography variant="h2" id="cells-title" sx={{ mb: 1 }}>
            The return, as it will be filled
          </Typography>
          <TemplateSheets key={`${template.kind}:${template.id}`} view={view.data} preview={preview.data?.cells} problemCells={problemCells} choices={choices} />
        </Box>
      ) : null}
      {view.data && mayExport ? (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <ExportPanel
            key={`${template.kind}:${template.id}`}
            template={template}
            period={applied.period}
            asOf={applied.asOf}
            clientLevel={clientLevel}
            isManager={role === 'manager'}
            ready={preview.data ? preview.data.ready : problems.length === 0}
          />
        </Paper>
      ) : null}
      <ExportHistory />
    </>
  );
}
