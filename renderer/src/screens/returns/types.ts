import type { z } from 'zod';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { scannedSheetSchema } from '../../../../shared/ipc/returns';

/** The Returns screen's view of the contract's answers, named once. */
export type ScannedSheet = z.infer<typeof scannedSheetSchema>;
export type TemplateView = ChannelOutput<'returns.openTemplate'>;
export type ReturnPreview = ChannelOutput<'returns.preview'>;
export type TemplateList = ChannelOutput<'returns.templates'>;
export type ExportResult = ChannelOutput<'returns.export'>;
