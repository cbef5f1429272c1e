// ESLint rule `local/import-boundaries`: keeps the layers of ARCHITECTURE.md apart.
//   renderer/  → renderer/ and shared/ only; no 'electron', no Node built-ins, no database or xlsx packages
//   shared/    → shared/, zod and date-fns only (it runs in Node, in the page and in tests)
//   db/        → never 'electron', never electron/ or renderer/
//   electron/  → 'electron' only in main.ts, preload.ts and window.ts (services, xlsx, ipc, security stay
//                importable by plain Node: the tests and the CLI)
//   everyone but renderer/ and test/ → never renderer/
// Imports are resolved against the importing file, so `../db` is judged by where it lands, not how it is spelt.
import { builtinModules } from 'node:module';
import path from 'node:path';

const NODE_BUILTINS = new Set(builtinModules);
const ELECTRON_ENTRY_FILES = new Set(['electron/main.ts', 'electron/preload.ts', 'electron/window.ts']);
const SHARED_PACKAGES = new Set(['zod', 'date-fns']);
const MAIN_PROCESS_PACKAGES = new Set(['better-sqlite3', 'better-sqlite3-multiple-ciphers', 'drizzle-orm', 'exceljs']);

/** 'date-fns/locale' → 'date-fns', '@mui/material/Button' → '@mui/material' */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(packageName(specifier));
}

const toPosix = (p) => p.split(path.sep).join('/');

/**
 * The message for an import that breaks a boundary, or undefined when it is allowed.
 * @param {string} file the importing file, relative to the project root, with / separators
 * @param {string} specifier as written in the import
 * @param {string} target for relative imports, where it lands relative to the project root; else undefined
 */
export function boundaryViolation(file, specifier, target) {
  const layer = file.split('/')[0];
  if (layer === 'test') return undefined;
  const targetLayer = target?.split('/')[0];

  if (target !== undefined && targetLayer === 'renderer' && layer !== 'renderer') {
    return `Only renderer/ may import renderer/ code ('${specifier}').`;
  }

  if (layer === 'renderer') {
    if (/^renderer\/[^/]+\.config\.[cm]?[jt]s$/.test(file)) return undefined; // build config runs in Node
    if (target !== undefined) {
      return targetLayer === 'renderer' || targetLayer === 'shared'
        ? undefined
        : `renderer/ may import only renderer/ and shared/ ('${specifier}' is in ${targetLayer ?? 'the project root'}/): talk to the main process through window.ipsDesk.`;
    }
    if (packageName(specifier) === 'electron') {
      return "renderer/ may not import 'electron': the page talks to the main process only through window.ipsDesk (shared/ipc).";
    }
    if (isNodeBuiltin(specifier)) {
      return `renderer/ may not import Node built-ins ('${specifier}'): the page is sandboxed; ask the main process over IPC.`;
    }
    if (MAIN_PROCESS_PACKAGES.has(packageName(specifier))) {
      return `renderer/ may not import '${specifier}': the database and spreadsheets are the main process's job.`;
    }
    return undefined;
  }

  if (layer === 'shared') {
    if (target !== undefined) {
      return targetLayer === 'shared' ? undefined : `shared/ may import only shared/ files ('${specifier}' leaves shared/).`;
    }
    return SHARED_PACKAGES.has(packageName(specifier))
      ? undefined
      : `shared/ may import only zod and date-fns ('${specifier}'): it runs unchanged in Node, the page and the tests.`;
  }

  if (layer === 'db') {
    if (target !== undefined && targetLayer === 'electron') return `db/ may not import electron/ code ('${specifier}').`;
    if (target === undefined && packageName(specifier) === 'electron') return "db/ may not import 'electron'.";
    return undefined;
  }

  if (layer === 'electron' && target === undefined && packageName(specifier) === 'electron' && !ELECTRON_ENTRY_FILES.has(file)) {
    return `Only electron/main.ts, preload.ts and window.ts may import 'electron' (${file} must run under plain Node for tests and the CLI).`;
  }
  return undefined;
}

/** The module specifier of an import-like node, when it is a string literal. */
function specifierOf(node) {
  const source =
    node.type === 'CallExpression' ? node.arguments[0]
    : node.type === 'TSImportEqualsDeclaration' ? node.moduleReference?.expression
    : node.type === 'TSImportType' ? (node.argument?.literal ?? node.source ?? node.argument)
    : node.source;
  return source && source.type === 'Literal' && typeof source.value === 'string' ? source : undefined;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep renderer/, shared/, db/ and electron/ imports within their layer (ARCHITECTURE.md).' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, required: ['root'], additionalProperties: false }],
    messages: { boundary: '{{message}}' },
  },
  create(context) {
    const root = context.options[0].root;
    const filename = context.filename;
    const file = toPosix(path.relative(root, filename));
    if (file.startsWith('..') || path.isAbsolute(file)) return {};

    function check(node) {
      const source = specifierOf(node);
      if (!source) return;
      const specifier = source.value;
      const isPath = specifier.startsWith('.') || specifier.startsWith('/');
      const target = isPath ? toPosix(path.relative(root, path.resolve(path.dirname(filename), specifier))) : undefined;
      const message = boundaryViolation(file, specifier, target);
      if (message) context.report({ node: source, messageId: 'boundary', data: { message } });
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      TSImportEqualsDeclaration: check,
      TSImportType: check,
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) check(node);
      },
    };
  },
};

export default { meta: { name: 'ips-desk-local' }, rules: { 'import-boundaries': rule } };
