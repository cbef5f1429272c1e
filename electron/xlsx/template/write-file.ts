import { writeFileAtomic } from '../../../db/atomic-file';
import { fillTemplate, type FillOptions, type FillResult } from './fill';

/**
 * Fills a template and writes the result to `path` through a temporary file in the same folder and a
 * rename, so the path holds either the complete new workbook or what it held before, never half a file.
 * Nothing is written when the fill is refused.
 */
export function fillTemplateToFile(bytes: Uint8Array, options: FillOptions, path: string): FillResult {
  const result = fillTemplate(bytes, options);
  if (result.ok) writeFileAtomic(path, result.bytes);
  return result;
}
