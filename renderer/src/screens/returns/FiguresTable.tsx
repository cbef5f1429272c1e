import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { FigureChoice } from '../../../../shared/returns';
import { figureTitle, ORIGIN_TEXT, type FigurePlace, type PreviewValue } from './return-cells';

interface Props {
  figures: readonly FigurePlace[];
  preview: ReadonlyMap<string, PreviewValue[]> | undefined;
  choices: ReadonlyMap<string, FigureChoice>;
  /** Null for a built-in return, whose cells are fixed, and for someone who may not map cells. */
  onRemove: ((where: string) => void) | null;
  pending: boolean;
}

const FIRST_SHOWN = 15;

/** Every cell that gets a figure, with the value it will get: the grid's content as a plain table. */
export function FiguresTable({ figures, preview, choices, onRemove, pending }: Props) {
  const [all, setAll] = useState(false);
  const shown = all ? figures : figures.slice(0, FIRST_SHOWN);
  if (figures.length === 0) {
    return <Typography sx={{ color: 'text.secondary' }}>No cell gets a figure yet.{onRemove ? ' Click a cell in the grid to choose one.' : ''}</Typography>;
  }
  return (
    <>
      <Table size="small" aria-labelledby="figures-table-title" data-testid="figures-table">
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">Cell</TableCell>
            <TableCell component="th" scope="col">Figure</TableCell>
            <TableCell component="th" scope="col">From</TableCell>
            <TableCell component="th" scope="col" align="right">Value it will get</TableCell>
            {onRemove ? <TableCell component="th" scope="col">Mapping</TableCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((f) => {
            const value = preview?.get(f.where)?.find((v) => v.figure === f.figure);
            return (
              <TableRow key={`${f.where}-${f.figure}`} data-where={f.where}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{f.where}</TableCell>
                <TableCell>
                  {figureTitle(choices, f.figure)} <Box component="code" sx={{ fontSize: '0.8125rem', color: 'text.secondary' }}>{f.figure}</Box>
                </TableCell>
                <TableCell>{ORIGIN_TEXT[f.origin]}</TableCell>
                <TableCell align="right" data-testid="figure-value">
                  {value ? value.text || '(empty)' : preview ? '—' : 'Working out…'}
                </TableCell>
                {onRemove ? (
                  <TableCell>
                    {f.origin === 'mapping' ? (
                      <Button size="small" color="error" disabled={pending} onClick={() => onRemove(f.where)} aria-label={`Remove the mapping of ${f.where}`}>
                        Remove
                      </Button>
                    ) : null}
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {figures.length > FIRST_SHOWN ? (
        <Button size="small" onClick={() => setAll(!all)} aria-expanded={all} sx={{ mt: 1 }}>
          {all ? 'Show fewer' : `Show all ${figures.length} cells`}
        </Button>
      ) : null}
    </>
  );
}
