import Box from '@mui/material/Box';
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { nhsColours } from '../../theme';
import { filledText, type FigurePlace, type PreviewValue } from './return-cells';
import { type CellPos, cellName, columnName, columnWidthPx, layoutGrid, moveInGrid, parseRange, posKey, rowHeightPx, sheetCellName, textColourOn, type Direction } from './sheet-grid';
import type { ScannedSheet } from './types';

interface Props {
  sheet: ScannedSheet;
  figures: ReadonlyMap<string, FigurePlace[]>;
  preview: ReadonlyMap<string, PreviewValue[]> | undefined;
  /** Cells a template problem names (an unknown figure), outlined in red. */
  problemCells: ReadonlySet<string>;
  selected: CellPos | null;
  onSelect(pos: CellPos): void;
  /** A click, or Enter / Space on the focused cell: map it (or show why it cannot be). */
  onActivate(pos: CellPos): void;
}

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const HEADER_BG = '#E8EDEE';
const ORIGIN_TINT = { token: '#E3EEF9', name: '#E3EEF9', mapping: '#E2F2E8' } as const;
const ROW_HEADER_PX = 44;

/**
 * One sheet drawn as the spreadsheet shows it: column letters, row numbers, merged cells, widths and the
 * template's text, bold and fills, with each figure cell showing the value it will get. It is an ARIA grid
 * with one tab stop (roving tabindex), so the arrow keys move between cells and Enter maps the cell; it
 * scrolls inside its own region so the page never scrolls sideways at 1366 pixels.
 */
export function SheetGrid({ sheet, figures, preview, problemCells, selected, onSelect, onActivate }: Props) {
  const tableRef = useRef<HTMLTableElement>(null);
  // A click selects on mouse-up: selecting on the mouse-down focus would redraw the cell panel above the
  // grid, move the grid, and the release would land on another cell (no click at all).
  const pressing = useRef(false);
  const extra = useMemo(() => [...figures.values()].flat().filter((f) => f.sheet === sheet.name).map((f) => posOf(f.cell)), [figures, sheet.name]);
  const layout = useMemo(() => layoutGrid(sheet, extra), [sheet, extra]);
  const cells = useMemo(() => new Map(sheet.cells.map((c) => [posKey(c), c])), [sheet.cells]);
  const active = selected && layout.rows.includes(selected.row) && layout.cols.includes(selected.col) ? selected : { row: layout.rows[0] ?? 1, col: layout.cols[0] ?? 1 };
  const width = ROW_HEADER_PX + layout.cols.reduce((sum, c) => sum + colPx(sheet, c), 0);

  function focusCell(pos: CellPos) {
    // The tab stop moves and focus follows it before this key press returns: were focus to wait for the next
    // frame, a second key pressed quickly (or held down) would still land on the cell being left.
    flushSync(() => onSelect(pos));
    tableRef.current?.querySelector<HTMLElement>(`[data-pos="${posKey(pos)}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, pos: CellPos) {
    const direction = KEYS[event.key];
    if (direction) {
      event.preventDefault();
      focusCell(moveInGrid(layout, pos, direction));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(pos);
    }
  }

  return (
    <Box
      role="region"
      aria-label={`Sheet ${sheet.name}, scrolls both ways`}
      tabIndex={0}
      sx={{ overflow: 'auto', maxHeight: 460, maxWidth: '100%', border: 1, borderColor: nhsColours.border, bgcolor: nhsColours.white, '&:focus-visible': { outline: `3px solid ${nhsColours.focus}`, boxShadow: `0 0 0 6px ${nhsColours.focusText}` } }}
    >
      <table
        ref={tableRef}
        role="grid"
        aria-label={`${sheet.name} as it will be filled`}
        style={{ borderCollapse: 'collapse', tableLayout: 'fixed', width, fontFamily: 'Calibri, Arial, sans-serif', fontSize: 14 }}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {layout.cols.map((c) => (
            <col key={c} style={{ width: colPx(sheet, c) }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row">
            <Box component="th" role="columnheader" sx={{ ...headerSx, left: 0, zIndex: 3 }}>
              <span style={VISUALLY_HIDDEN}>Row</span>
            </Box>
            {layout.cols.map((c) => (
              <Box component="th" role="columnheader" key={c} scope="col" sx={{ ...headerSx, zIndex: 2 }}>
                {columnName(c)}
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.rows.map((r) => (
            <tr role="row" key={r} style={{ height: rowHeightPx(sheet.rowHeights[r] ?? sheet.defaultRowHeight) }}>
              <Box component="th" role="rowheader" scope="row" sx={{ ...headerSx, top: 'auto', left: 0, zIndex: 1, fontWeight: 400 }}>
                {r}
              </Box>
              {layout.cols.map((c) => {
                const key = posKey({ row: r, col: c });
                if (layout.coveredBy.has(key)) return null;
                const pos = { row: r, col: c };
                const cell = cells.get(key);
                const where = sheetCellName(sheet.name, pos);
                const placed = figures.get(where);
                const origin = placed?.[0]?.origin;
                const span = layout.spans.get(key);
                const isActive = active.row === r && active.col === c;
                const problem = problemCells.has(where);
                const fill = cell?.fill ?? (origin ? ORIGIN_TINT[origin] : undefined);
                const shown = filledText(cell?.text ?? '', preview?.get(where));
                // As in Excel: text runs on over an empty neighbour and is cut at a filled one; only rows made
                // taller than usual (the built-ins' wrapped notes) wrap inside the cell.
                const wraps = (sheet.rowHeights[r] ?? 0) > sheet.defaultRowHeight * 1.3 || (span?.rowSpan ?? 1) > 1;
                const nextHasText = Boolean(cells.get(posKey({ row: r, col: c + (span?.colSpan ?? 1) }))?.text);
                return (
                  <Box
                    component="td"
                    role="gridcell"
                    key={key}
                    data-pos={key}
                    data-cell={cellName(pos)}
                    rowSpan={span?.rowSpan}
                    colSpan={span?.colSpan}
                    tabIndex={isActive ? 0 : -1}
                    aria-selected={isActive}
                    aria-invalid={problem || undefined}
                    onClick={() => {
                      pressing.current = false;
                      onSelect(pos);
                      onActivate(pos);
                    }}
                    onMouseDown={() => {
                      pressing.current = true;
                    }}
                    onFocus={() => {
                      if (!pressing.current && !isActive) onSelect(pos);
                    }}
                    onKeyDown={(event: KeyboardEvent<HTMLElement>) => onKeyDown(event, pos)}
                    sx={{
                      border: '1px solid #D8DDE0',
                      px: 0.5,
                      py: 0.25,
                      verticalAlign: 'bottom',
                      whiteSpace: wraps ? 'pre-wrap' : 'pre',
                      overflowWrap: wraps ? 'anywhere' : 'normal',
                      overflow: wraps || nextHasText ? 'hidden' : 'visible',
                      cursor: 'pointer',
                      bgcolor: fill,
                      color: textColourOn(fill),
                      fontWeight: cell?.bold ? 700 : 400,
                      fontStyle: cell?.italic ? 'italic' : 'normal',
                      textAlign: alignOf(cell?.align, shown),
                      ...(origin ? { boxShadow: `inset 0 0 0 2px ${origin === 'mapping' ? nhsColours.green : nhsColours.blue}` } : {}),
                      ...(problem ? { boxShadow: `inset 0 0 0 3px ${nhsColours.red}` } : {}),
                      ...(isActive && selected ? { outline: `3px solid ${nhsColours.darkBlue}`, outlineOffset: -3 } : {}),
                      '&:focus-visible': FOCUS_RING,
                    }}
                  >
                    {shown}
                  </Box>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}

const headerSx = {
  position: 'sticky',
  top: 0,
  bgcolor: HEADER_BG,
  color: nhsColours.text,
  border: '1px solid #C7CED3',
  fontWeight: 600,
  fontSize: 13,
  textAlign: 'center',
  px: 0.5,
} as const;

function colPx(sheet: ScannedSheet, col: number): number {
  return columnWidthPx(sheet.columnWidths[String(col)] ?? sheet.defaultColumnWidth);
}

function posOf(cell: string): CellPos {
  const r = parseRange(cell);
  return r ? { row: r.top, col: r.left } : { row: 1, col: 1 };
}

const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
const FOCUS_RING = { outline: `3px solid ${nhsColours.focus}`, outlineOffset: -3, boxShadow: `inset 0 0 0 6px ${nhsColours.focusText}` } as const;

/** Without an alignment of its own, a number or date sits on the right and text on the left, as in Excel. */
function alignOf(align: string | undefined, text: string): 'left' | 'right' | 'center' {
  if (align === 'center' || align === 'centerContinuous') return 'center';
  if (align === 'right') return 'right';
  if (align === 'left') return 'left';
  return /^-?[£\d][\d,]*(\.\d+)?%?$|^\d{2}\/\d{2}\/\d{4}$/.test(text.trim()) ? 'right' : 'left';
}
