import { parseXml, XmlDamaged, type XmlHandlers } from './xml-stream';
import { EntryUnreadable, UnpackBudget, unpackEntry } from './zip/zip-inflate';
import { findEntry, type ZipEntry } from './zip/zip-directory';

/**
 * The parts of an .xlsx package that the interchange reader opens, each streamed through the XML parser
 * with the package's unpack budget. Which parts those are (workbook, relationships, shared strings, styles,
 * sheets) is decided by the callers; everything else in the file is never unpacked.
 */
export interface WorkbookPackage {
  bytes: Uint8Array;
  entries: readonly ZipEntry[];
  budget: UnpackBudget;
}

/** A part that is present but cannot be read: bad compression, not XML, nested absurdly deep. */
export class PartUnreadable extends Error {
  constructor(
    readonly part: string,
    readonly reason: string,
  ) {
    super(`${part}: ${reason}`);
  }
}

/** Parses one part; false when the package has no such part. `sheetRows`: a worksheet, read by parseXml's fast path. */
export async function parsePart(pkg: WorkbookPackage, part: string, handlers: XmlHandlers, maxPartBytes: number, sheetRows = false): Promise<boolean> {
  const entry = findEntry(pkg, part);
  if (!entry) return false;
  try {
    await parseXml(unpackEntry(pkg.bytes, entry, pkg.budget, maxPartBytes), handlers, { sheetRows });
  } catch (error) {
    if (error instanceof EntryUnreadable || error instanceof XmlDamaged) throw new PartUnreadable(part, error.message);
    throw error;
  }
  return true;
}

/** `xl/worksheets/sheet1.xml` from a relationship target, relative to the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export interface Relationship {
  id: string;
  /** The last segment of the relationship type: `officeDocument`, `worksheet`, `sharedStrings`, `styles`. */
  type: string;
  /** Resolved to a part name; null for external targets. */
  part: string | null;
}

/** The relationships of `ownerPart` ('' for the package itself); none when it has no relationships part. */
export async function readRelationships(pkg: WorkbookPackage, ownerPart: string, maxPartBytes: number): Promise<Relationship[]> {
  const relationships: Relationship[] = [];
  const relsPart = ownerPart === '' ? '_rels/.rels' : relationshipsPartOf(ownerPart);
  await parsePart(
    pkg,
    relsPart,
    {
      open(name, attributes) {
        if (name !== 'Relationship') return;
        const { Id: id, Type: type, Target: target, TargetMode: mode } = attributes;
        if (id === undefined || type === undefined || target === undefined) return;
        relationships.push({
          id,
          type: type.slice(type.lastIndexOf('/') + 1),
          part: mode === 'External' ? null : resolveTarget(ownerPart, target),
        });
      },
      close() {},
      text() {},
    },
    maxPartBytes,
  );
  return relationships;
}
