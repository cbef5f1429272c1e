import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/**
 * Test helper: a minimal zip writer for hand-made (and hostile) workbooks. Entries are deflated here, and an
 * entry may declare any uncompressed size it likes, as a hostile file would. Large entries are generated as
 * a stream of text pieces, or as one piece repeated, so that a test never holds the unpacked text itself.
 */
export interface ZipPart {
  name: string;
  /** Deflated data and the true facts about it. */
  data: Buffer;
  crc: number;
  size: number;
  /** What the zip claims the entry unpacks to (default: the truth). */
  declaredSize?: number;
}

export function part(name: string, text: string | Buffer): ZipPart {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

/** An entry deflated from text pieces produced one at a time (the pieces are never all in memory). */
export async function streamedPart(name: string, pieces: Iterable<string>): Promise<ZipPart> {
  const deflater = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  let batch: string[] = [];
  let batchLength = 0;
  const flush = async () => {
    const bytes = Buffer.from(batch.join(''), 'utf8');
    batch = [];
    batchLength = 0;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflater.write(bytes)) await new Promise((resolve) => deflater.once('drain', resolve));
  };
  for (const piece of pieces) {
    batch.push(piece);
    batchLength += piece.length;
    if (batchLength >= 1 << 20) await flush();
  }
  await flush();
  deflater.end();
  await done;
  return { name, data: Buffer.concat(out), crc, size };
}

/**
 * `head`, then `filler` repeated `times` times, then `tail`, deflated without ever building the whole text:
 * each repetition is the same fully flushed block, so the compressed filler is copied, not recomputed.
 */
export function repeatedPart(name: string, head: string, filler: string, times: number, tail: string): ZipPart {
  const options = { finishFlush: constants.Z_FULL_FLUSH };
  const headBytes = Buffer.from(head, 'utf8');
  const fillerBytes = Buffer.from(filler, 'utf8');
  const tailBytes = Buffer.from(tail, 'utf8');
  const block = deflateRawSync(fillerBytes, options);
  const data = Buffer.concat([deflateRawSync(headBytes, options), ...Array.from({ length: times }, () => block), deflateRawSync(tailBytes)]);
  let crc = crc32(headBytes);
  for (let i = 0; i < times; i++) crc = crc32(fillerBytes, crc);
  return { name, data, crc: crc32(tailBytes, crc), size: headBytes.length + fillerBytes.length * times + tailBytes.length };
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(Math.min(n, 0xffffffff) >>> 0);
  return b;
};

export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const declared = p.declaredSize ?? p.size;
    const common = [u16(20), u16(0x0800), u16(8), u16(0), u16(0x5c21), u32(p.crc), u32(p.data.length), u32(declared), u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, name, p.data]);
    directory.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(parts.length), u16(parts.length), u32(central.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, central, end]);
}
