import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { fidelityItem, type FidelityItemId } from '../../../../shared/fidelity';
import { nhsColours } from '../../theme';

interface Props {
  rows: readonly { item: FidelityItemId; current: number | null; previous: number | null }[];
  labels: { current: string; previous: string };
}

/**
 * Item scores, this review beside the previous one, as horizontal bars. The picture is hidden from screen
 * readers, which are pointed to the table below it that holds the same scores.
 */
export function ItemScoresChart({ rows, labels }: Props) {
  const max = Math.max(...rows.map((r) => fidelityItem(r.item).max));
  return (
    <Paper variant="outlined" component="figure" sx={{ m: 0, p: 1.5, mb: 3 }} aria-labelledby="item-chart-caption">
      <Typography component="figcaption" id="item-chart-caption" sx={{ fontWeight: 700 }}>
        Item scores: {labels.previous} (grey) and {labels.current} (blue). The table below gives the same scores.
      </Typography>
      <Box aria-hidden>
        <BarChart
          layout="horizontal"
          height={rows.length * 30 + 70}
          yAxis={[{ scaleType: 'band', data: rows.map((r) => `${fidelityItem(r.item).number}. ${fidelityItem(r.item).shortTitle}`), width: 250 }]}
          xAxis={[{ min: 0, max, tickInterval: Array.from({ length: max + 1 }, (_, i) => i), valueFormatter: (v: number) => v.toFixed(0) }]}
          series={[
            { data: rows.map((r) => r.previous), label: labels.previous, color: '#768692', valueFormatter: (v) => (v === null ? 'not scored' : String(v)) },
            { data: rows.map((r) => r.current), label: labels.current, color: nhsColours.blue, valueFormatter: (v) => (v === null ? 'not scored' : String(v)) },
          ]}
          disableKeyboardNavigation
          margin={{ left: 0, right: 16, top: 8, bottom: 0 }}
        />
      </Box>
    </Paper>
  );
}
