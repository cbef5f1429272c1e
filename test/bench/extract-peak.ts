/**
 * Child process of the benchmark (returns-bench.ts): opens the benchmark's database, runs the client-level
 * extract once through the returns service, and prints its peak resident memory (maxRSS, which only ever
 * grows, so it is the peak of the extract) and what it held before the extract began.
 */
import { createDrizzle, openEncryptedDatabase } from '../../db/connection';
import { exportReturn } from '../../electron/services/returns-service';
import { TEST_MANAGER } from '../db/data-access';
import { extractSpec, returnsContext } from './returns-bench';

const [databaseFile, asOf, period] = process.argv.slice(2) as [string, string, string];
const raw = openEncryptedDatabase(databaseFile, Buffer.from(process.env.IPSDESK_BENCH_KEY!, 'hex'));
const context = returnsContext({ raw, db: createDrizzle(raw) }, asOf);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const baselineMb = mb(process.memoryUsage().rss);
const outcome = exportReturn(context, TEST_MANAGER, extractSpec(asOf, period));
const peakMb = mb(process.resourceUsage().maxRSS * 1024);
raw.close();
process.stdout.write(`${JSON.stringify({ peakMb, baselineMb, rows: outcome.clientRows[0]?.rows ?? 0 })}\n`);
