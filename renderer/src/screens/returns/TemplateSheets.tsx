import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { FigureChoice } from '../../../../shared/returns';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation } from '../../data/ipc-query';
import { useMayCall } from '../../data/permissions';
import { FigurePicker } from './FigurePicker';
import { FiguresTable } from './FiguresTable';
import { GridLegend } from './GridLegend';
import { byCell, withCell, type PreviewValue } from './return-cells';
import { SelectedCell } from './SelectedCell';
import { SheetGrid } from './SheetGrid';
import { posKey, sheetCellName, type CellPos } from './sheet-grid';
import type { TemplateView } from './types';

interface Props {
  view: TemplateView;
  preview: readonly PreviewValue[] | undefined;
  problemCells: ReadonlySet<string>;
  choices: readonly FigureChoice[];
}

const BUILT_IN_FIXED = 'Built-in returns are fixed. To choose figures for cells, load the commissioner’s own template.';
const FROM_TEMPLATE = 'This cell’s figure is set in the workbook itself (a {{token}} or a defined name): change the workbook to change it.';

/**
 * The template's sheets as tabs, each a grid; picking a cell shows what goes there, and on a
 * commissioner's template opens the figure list. Each choice saves the template's whole mapping at once,
 * so nothing chosen is lost and the same file loaded again comes back mapped. Someone who may not save a
 * mapping (shared/ipc/access.ts) reads every cell's figure and value but is offered no way to change one.
 */
export function TemplateSheets({ view, preview, problemCells, choices }: Props) {
  const [sheetIndex, setSheetIndex] = useState(() => Math.max(0, view.scan.sheets.findIndex((s) => s.state === 'visible')));
  const [selected, setSelected] = useState<CellPos | null>(null);
  const [pickerFor, setPickerFor] = useState<string | null>(null);
  const save = useIpcMutation('returns.saveMapping');
  const choiceMap = useMemo(() => new Map(choices.map((c) => [c.figure, c])), [choices]);
  const figures = useMemo(() => byCell(view.scan.figures), [view.scan.figures]);
  const values = useMemo(() => (preview ? byCell(preview) : undefined), [preview]);
  const sheet = view.scan.sheets[sheetIndex] ?? view.scan.sheets[0];
  const templateId = view.template.ref.kind === 'saved' ? view.template.ref.id : null;
  const mayMap = useMayCall('returns.saveMapping');
  // The template whose cells this person may map: a commissioner's, and only if they may save a mapping.
  const mappableId = mayMap ? templateId : null;

  const where = sheet && selected ? sheetCellName(sheet.name, selected) : null;
  const placed = where ? (figures.get(where) ?? []) : [];
  // Why a cell cannot be mapped is told only to someone who maps cells; to others it is not a question.
  const cannotMap = !mayMap ? null : templateId === null ? BUILT_IN_FIXED : placed.some((p) => p.origin !== 'mapping') ? FROM_TEMPLATE : null;

  async function setFigure(cell: string, figure: string | null) {
    if (mappableId === null) return;
    const result = await save.run({ templateId: mappableId, mapping: withCell(view.mapping, cell, figure) });
    if (result.ok) setPickerFor(null);
  }

  if (!sheet) return <Typography>This workbook has no sheets to show.</Typography>;
  return (
    <Box>
      <Tabs
        value={sheetIndex}
        onChange={(_, i: number) => {
          setSheetIndex(i);
          setSelected(null);
        }}
        variant="scrollable"
        scrollButtons="auto"
        aria-label="Sheets in the workbook"
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 1 }}
      >
        {view.scan.sheets.map((s, i) => (
          <Tab key={s.name} value={i} label={s.state === 'visible' ? s.name : `${s.name} (hidden)`} id={`sheet-tab-${i}`} aria-controls="sheet-panel" />
        ))}
      </Tabs>
      <div role="tabpanel" id="sheet-panel" aria-labelledby={`sheet-tab-${sheetIndex}`}>
        <FormAlert>{save.error ? `The mapping was not saved: ${save.error.message}` : null}</FormAlert>
        {where && selected ? (
          <SelectedCell
            where={where}
            templateText={sheet.cells.find((c) => posKey(c) === posKey(selected))?.text ?? ''}
            placed={placed}
            values={values?.get(where)}
            choices={choiceMap}
            cannotMap={cannotMap}
            pending={save.pending}
            actions={mappableId === null ? null : { onChoose: () => setPickerFor(where), onRemove: () => void setFigure(where, null) }}
          />
        ) : (
          <Typography sx={{ mb: 1, minHeight: 76, display: 'flex', alignItems: 'center', color: 'text.secondary' }}>
            {mappableId !== null
              ? 'Click a cell, or move to it with the arrow keys and press Enter, to choose the figure it gets.'
              : templateId === null
                ? 'Cells outlined in blue get a figure; each shows the value it will get. Select a cell to see which figure it is.'
                : 'Cells outlined in blue or green get a figure; each shows the value it will get. Select a cell to see which figure it is.'}
          </Typography>
        )}
        {sheet.isWorksheet ? (
          <SheetGrid
            key={sheet.name}
            sheet={sheet}
            figures={figures}
            preview={values}
            problemCells={problemCells}
            selected={selected}
            onSelect={setSelected}
            onActivate={(pos) => {
              const cell = sheetCellName(sheet.name, pos);
              const fixed = mappableId === null || (figures.get(cell) ?? []).some((p) => p.origin !== 'mapping');
              if (!fixed) setPickerFor(cell);
            }}
          />
        ) : (
          <Typography>This is a chart sheet: it has no cells to fill and goes back exactly as it is.</Typography>
        )}
        {sheet.isWorksheet ? <GridLegend /> : null}
        {sheet.truncated ? <Typography sx={{ mt: 1 }}>This sheet is very large: only its first cells are drawn.</Typography> : null}
      </div>
      <Typography variant="h3" component="h3" id="figures-table-title" sx={{ mt: 3, mb: 1 }}>
        Every cell that gets a figure
      </Typography>
      <FiguresTable figures={view.scan.figures} preview={values} choices={choiceMap} onRemove={mappableId === null ? null : (cell) => void setFigure(cell, null)} pending={save.pending} />
      {mappableId === null ? null : (
        <FigurePicker where={pickerFor} current={pickerFor ? (view.mapping[pickerFor] ?? null) : null} choices={choices} pending={save.pending} onChoose={(figure) => pickerFor && void setFigure(pickerFor, figure)} onClose={() => setPickerFor(null)} />
      )}
    </Box>
  );
}
