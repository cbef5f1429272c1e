import { parsePart, readRelationships, type WorkbookPackage } from './workbook-package';

/**
 * What the interchange reader needs from a workbook's structure: its sheets in order with the part holding
 * each, the date system, and where the shared strings and styles are. Read from the package relationships,
 * workbook.xml and its relationships, as Excel does; nothing else (defined names, views, calc settings).
 */
export interface WorkbookSheet {
  name: string;
  /** null when the workbook names a sheet whose part it does not have (or a chart sheet). */
  part: string | null;
}

export interface WorkbookLayout {
  date1904: boolean;
  sheets: WorkbookSheet[];
  sharedStringsPart: string | null;
  stylesPart: string | null;
}

/** Workbook.xml, relationship parts: small in any real workbook. */
export const MAX_STRUCTURE_PART_BYTES = 16 * 1024 * 1024;
/** Excel's own limit is far lower; this only keeps a hostile workbook.xml from listing millions. */
const MAX_SHEETS = 4096;

export class NoWorkbookPart extends Error {}

const DEFAULT_WORKBOOK_PART = 'xl/workbook.xml';

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** The relationship id attribute of a <sheet>: `r:id`, whatever prefix the file gave the namespace. */
function relationshipId(attributes: Record<string, string>): string | undefined {
  for (const [name, value] of Object.entries(attributes)) if (name.endsWith(':id')) return value;
  return undefined;
}

export async function readWorkbookLayout(pkg: WorkbookPackage): Promise<WorkbookLayout> {
  const packageRels = await readRelationships(pkg, '', MAX_STRUCTURE_PART_BYTES);
  const workbookPart = packageRels.find((r) => r.type === 'officeDocument')?.part ?? DEFAULT_WORKBOOK_PART;

  let date1904 = false;
  const declared: { name: string; rid: string | undefined }[] = [];
  const found = await parsePart(
    pkg,
    workbookPart,
    {
      open(name, attributes) {
        if (name === 'workbookPr') date1904 = isTrue(attributes.date1904);
        else if (name === 'sheet' && declared.length < MAX_SHEETS) declared.push({ name: attributes.name ?? '', rid: relationshipId(attributes) });
      },
      close() {},
      text() {},
    },
    MAX_STRUCTURE_PART_BYTES,
  );
  if (!found) throw new NoWorkbookPart(workbookPart);

  const rels = await readRelationships(pkg, workbookPart, MAX_STRUCTURE_PART_BYTES);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = declared.map(({ name, rid }) => {
    const rel = rid === undefined ? undefined : byId.get(rid);
    return { name, part: rel?.type === 'worksheet' ? rel.part : null };
  });
  return {
    date1904,
    sheets,
    sharedStringsPart: rels.find((r) => r.type === 'sharedStrings')?.part ?? null,
    stylesPart: rels.find((r) => r.type === 'styles')?.part ?? null,
  };
}
