import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * export_ms / import_ms and their peak memory: each step runs in its own Node process (interchange-step.ts)
 * so its maxRSS is its own. Export writes every record of the benchmark database as an interchange workbook;
 * import reads that workbook into a new, empty encrypted database (reading and checking it, then writing
 * every record in one transaction). One run each: a median would cost minutes.
 */
export interface InterchangeFigures {
  exportMs: number;
  exportCpuMs: number;
  exportPeakMb: number;
  importMs: number;
  importCpuMs: number;
  importPeakMb: number;
  workbookMb: number;
}

const STEP = fileURLToPath(new URL('./interchange-step.ts', import.meta.url));

interface StepFigures {
  ms: number;
  cpuMs: number;
  peakMb: number;
}

function runStep(args: string[]): StepFigures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', STEP, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as StepFigures;
}

export function measureInterchange(databaseFile: string, key: Buffer, dir: string): InterchangeFigures {
  mkdirSync(dir, { recursive: true });
  const workbook = join(dir, 'records.xlsx');
  const exported = runStep(['export', databaseFile, key.toString('hex'), workbook]);
  const importDir = join(dir, 'import');
  mkdirSync(importDir);
  const imported = runStep(['import', workbook, importDir]);
  return {
    exportMs: exported.ms,
    exportCpuMs: exported.cpuMs,
    exportPeakMb: exported.peakMb,
    importMs: imported.ms,
    importCpuMs: imported.cpuMs,
    importPeakMb: imported.peakMb,
    workbookMb: statSync(workbook).size / 1024 / 1024,
  };
}
