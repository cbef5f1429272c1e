import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './timing';

/**
 * export_ms / import_ms and their peak memory: each step runs in its own Node process (interchange-step.ts)
 * so its maxRSS is its own. Export writes every record of the benchmark database as an interchange workbook;
 * import reads that workbook into a new, empty encrypted database (reading and checking it, then writing
 * every record in one transaction). Each figure is the median of INTERCHANGE_RUNS runs, export and import
 * taking turns: on a shared two-core machine one run in three or four can be 30 % slower than the rest.
 */
export const INTERCHANGE_RUNS = 5;

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
  const exports: StepFigures[] = [];
  const imports: StepFigures[] = [];
  for (let run = 0; run < INTERCHANGE_RUNS; run++) {
    const workbook = join(dir, `records-${run}.xlsx`);
    exports.push(runStep(['export', databaseFile, key.toString('hex'), workbook]));
    const importDir = join(dir, `import-${run}`);
    mkdirSync(importDir);
    imports.push(runStep(['import', workbook, importDir]));
    rmSync(importDir, { recursive: true });
  }
  const mid = (figures: StepFigures[], pick: (f: StepFigures) => number) => median(figures.map(pick));
  return {
    exportMs: mid(exports, (f) => f.ms),
    exportCpuMs: mid(exports, (f) => f.cpuMs),
    exportPeakMb: mid(exports, (f) => f.peakMb),
    importMs: mid(imports, (f) => f.ms),
    importCpuMs: mid(imports, (f) => f.cpuMs),
    importPeakMb: mid(imports, (f) => f.peakMb),
    workbookMb: statSync(join(dir, 'records-0.xlsx')).size / 1024 / 1024,
  };
}
