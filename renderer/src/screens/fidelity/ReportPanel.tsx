import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import type { StoredReview } from '../../../../shared/fidelity';
import { FormAlert } from '../../components/FormAlert';
import { downloadBase64 } from '../../files/base64-files';
import { useIpcMutation } from '../../data/ipc-query';
import { nhsColours } from '../../theme';

type Busy = 'pdf' | 'xlsx' | null;

/**
 * The printable A4 report, exactly as it prints: the one HTML document the app prints to PDF and the CLI
 * prints too, shown in a sandboxed frame (no script can run in it; its own styles only). "Print / save as
 * PDF" has it printed by the app's Chromium (tagged, with an outline) and saves the PDF like any download.
 */
export function ReportPanel({ review }: { review: StoredReview }) {
  const reportHtml = useIpcMutation('fidelity.reportHtml');
  const reportPdf = useIpcMutation('fidelity.reportPdf');
  const workbook = useIpcMutation('fidelity.scoresWorkbook');
  const [report, setReport] = useState<{ html: string; title: string } | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(900);
  const run = reportHtml.run;

  // Made afresh each time the tab opens (and when the review changes), so it shows what is saved now.
  useEffect(() => {
    let current = true;
    void run({ id: review.id }).then((result) => {
      if (!current) return;
      if (result.ok) setReport(result.data);
      else setProblem(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [run, review.id, review.updated_at]);

  function fitFrame() {
    const doc = frame.current?.contentDocument;
    if (doc?.documentElement) setHeight(doc.documentElement.scrollHeight + 24);
  }

  async function savePdf() {
    setBusy('pdf');
    setProblem(null);
    setSaved(null);
    const result = await reportPdf.run({ id: review.id });
    setBusy(null);
    if (!result.ok) return setProblem(result.error.message);
    downloadBase64(result.data.fileName, result.data.base64, 'application/pdf');
    setSaved(`Saved ${result.data.fileName}. Open it to print.`);
  }

  async function saveScores() {
    setBusy('xlsx');
    setProblem(null);
    setSaved(null);
    const result = await workbook.run({ id: review.id });
    setBusy(null);
    if (!result.ok) return setProblem(result.error.message);
    downloadBase64(result.data.fileName, result.data.base64);
    setSaved(`Saved ${result.data.fileName}.`);
  }

  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mb: 2, alignItems: 'center' }}>
        <Button variant="contained" startIcon={<PrintIcon aria-hidden="true" />} onClick={() => void savePdf()} disabled={busy !== null}>
          {busy === 'pdf' ? 'Making the PDF…' : 'Print / save as PDF'}
        </Button>
        <Button variant="outlined" startIcon={<DownloadIcon aria-hidden="true" />} onClick={() => void saveScores()} disabled={busy !== null}>
          {busy === 'xlsx' ? 'Making the workbook…' : 'Download the scores (xlsx)'}
        </Button>
        <Typography role="status" sx={{ fontWeight: 700, color: nhsColours.green }}>
          {saved}
        </Typography>
      </Box>
      <FormAlert>{problem}</FormAlert>
      <Typography sx={{ mb: 1.5 }}>
        The report as it prints on A4{review.status === 'draft' ? ', marked as a draft on every page' : ''}. Page numbers and the footer appear in the PDF.
      </Typography>
      {report ? (
        <Box sx={{ bgcolor: '#D8DDE0', p: { xs: 1, md: 3 }, borderRadius: 1 }}>
          <Box
            component="iframe"
            ref={frame}
            title={`Report preview: ${report.title}`}
            srcDoc={report.html}
            // Its own styles only: no script, no forms, no navigation; same origin only so its height can be read.
            sandbox="allow-same-origin"
            onLoad={fitFrame}
            sx={{ display: 'block', width: '100%', maxWidth: '210mm', mx: 'auto', height, border: 0, bgcolor: nhsColours.white, boxShadow: 2 }}
            data-testid="report-frame"
          />
        </Box>
      ) : (
        !problem && <Typography role="status">Making the report…</Typography>
      )}
    </>
  );
}
