/** Filling commissioners' xlsx templates (issue 8): the public surface for the returns service and the CLI. */
export { fillTemplate, type FigureResolver, type FillOptions, type FillResult, type FilledCell, type FilledClientRows } from './fill';
export { fillTemplateToFile } from './write-file';
export { scanTemplate, type ScanResult, type TemplateScan, type ScannedSheet, type GridCell, type FigurePlace, type ClientRowPlace } from './scan';
export { TEMPLATE_LIMITS, type TemplateLimits, type SheetState } from './package-read';
export type { TemplateProblem, ProblemKind, FillOrigin } from './template-model';
export type { RefusalCode } from './template-errors';
export { pseudonym, pseudonymFor } from './pseudonym';
export { nearestFigure } from './suggest';
export { canonicalSheetCell } from './cell-ref';
