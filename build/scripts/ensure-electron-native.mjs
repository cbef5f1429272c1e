#!/usr/bin/env node
// Makes the Electron-ABI build of SQLite's native module (better-sqlite3-multiple-ciphers) that the app
// loads through better-sqlite3's `nativeBinding` option, without touching node_modules/better-sqlite3:
// that copy stays built for Node, for the tests and the CLI. Run by `npm start` and `npm run dist`.
//
//   .cache/electron-native/<electron version>/better-sqlite3/      a copy of the package, built for Electron
//   .cache/electron-native/<electron version>/better_sqlite3.node  the result (electron/native-binding.ts, electron-builder.yml)
//
// First tries the project's prebuilt binary (prebuild-install --runtime electron), then compiles it
// (node-gyp against Electron's headers). Either needs a network the first time; later runs skip.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NATIVE_BINDING_FILE = 'better_sqlite3.node';
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
const PACKAGE_ALIAS = 'better-sqlite3';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @param {string} root @param {string} electronVersion */
export function nativeCacheDir(root, electronVersion) {
  return path.join(root, '.cache', 'electron-native', electronVersion);
}

/** The file the app loads in development (must match electron/native-binding.ts). */
/** @param {string} root @param {string} electronVersion */
export function nativeBindingTarget(root, electronVersion) {
  return path.join(nativeCacheDir(root, electronVersion), NATIVE_BINDING_FILE);
}

/**
 * What to do: nothing when the binding is already there, else where to copy the package and build it.
 * @param {{ root: string, electronVersion: string, exists?: (file: string) => boolean }} opts
 * @returns {{ action: 'skip', target: string } | { action: 'build', target: string, packageCopy: string, builtBinding: string }}
 */
export function planNativeBuild({ root, electronVersion, exists = fs.existsSync }) {
  const target = nativeBindingTarget(root, electronVersion);
  if (exists(target)) return { action: 'skip', target };
  const packageCopy = path.join(nativeCacheDir(root, electronVersion), PACKAGE_ALIAS);
  return { action: 'build', target, packageCopy, builtBinding: path.join(packageCopy, 'build', 'Release', NATIVE_BINDING_FILE) };
}

/**
 * Copy filter: everything but the package's own build/ folder (the Node-ABI binary and its objects).
 * @param {string} packageDir @param {string} source
 */
export function shouldCopyIntoBuild(packageDir, source) {
  const relative = path.relative(packageDir, source);
  const top = relative.split(path.sep)[0];
  return top !== 'build' && top !== 'node_modules';
}

/** @param {string} electronVersion @param {string} arch */
export function prebuildInstallArgs(electronVersion, arch) {
  return ['--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--force', '--verbose'];
}

/** @param {string} electronVersion @param {string} arch */
export function nodeGypArgs(electronVersion, arch) {
  return [
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    '--runtime=electron',
  ];
}

/**
 * The environment for prebuild-install and node-gyp. npm passes its config down as npm_config_* variables;
 * `nodedir=/usr` (set on these machines for Node builds) would make node-gyp compile against Node's headers
 * instead of Electron's, and target/runtime/arch/disturl would override ours.
 * @param {NodeJS.ProcessEnv} env
 */
export function electronBuildEnv(env) {
  /** @type {NodeJS.ProcessEnv} */
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_config_(nodedir|target|runtime|arch|target_arch|disturl|dist_url|build_from_source|abi)$/i.test(key)) continue;
    out[key] = value;
  }
  return out;
}

/** @param {string} root */
export function readElectronVersion(root) {
  const require = createRequire(path.join(root, 'package.json'));
  return /** @type {{ version: string }} */ (require('electron/package.json')).version;
}

/**
 * Resolves a package's bin script as seen from `fromDir`, or undefined.
 * @param {string} specifier e.g. 'prebuild-install/bin.js' @param {string[]} fromDirs
 */
function resolveScript(specifier, fromDirs) {
  for (const dir of fromDirs) {
    try {
      return createRequire(path.join(dir, 'package.json')).resolve(specifier);
    } catch {
      // try the next place
    }
  }
  return undefined;
}

/**
 * @param {string} label @param {string} command @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv }} opts
 */
function run(label, command, args, { cwd, env }) {
  console.log(`[electron-native] ${label}: ${path.basename(command)} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit', shell: process.platform === 'win32' && !command.endsWith('.exe') });
  return result.status === 0;
}

/** @param {string} packageCopy @param {string} electronVersion @param {NodeJS.ProcessEnv} env */
function tryPrebuilt(packageCopy, electronVersion, env) {
  const args = prebuildInstallArgs(electronVersion, process.arch);
  const script = resolveScript('prebuild-install/bin.js', [packageCopy, path.join(projectRoot, 'node_modules', PACKAGE_ALIAS), projectRoot]);
  if (script) return run('prebuilt binary', process.execPath, [script, ...args], { cwd: packageCopy, env });
  return run('prebuilt binary', 'npx', ['--yes', 'prebuild-install@7', ...args], { cwd: packageCopy, env });
}

/** @param {string} packageCopy @param {string} electronVersion @param {NodeJS.ProcessEnv} env */
function tryCompile(packageCopy, electronVersion, env) {
  const args = nodeGypArgs(electronVersion, process.arch);
  const script =
    resolveScript('node-gyp/bin/node-gyp.js', [projectRoot]) ??
    (process.env.npm_config_node_gyp && fs.existsSync(process.env.npm_config_node_gyp) ? process.env.npm_config_node_gyp : undefined);
  if (script) return run('compile from source', process.execPath, [script, ...args], { cwd: packageCopy, env });
  return run('compile from source', 'npx', ['--yes', 'node-gyp', ...args], { cwd: packageCopy, env });
}

/**
 * Loads the new binding inside Electron (run as Node) to prove its ABI matches. Skipped, with a warning,
 * when the Electron binary is not available; the app itself would then report a mismatch at start-up.
 * @param {string} bindingFile @param {NodeJS.ProcessEnv} env
 * @returns {'ok' | 'mismatch' | 'unverified'}
 */
function verifyInElectron(bindingFile, env) {
  let electronPath;
  try {
    electronPath = /** @type {string} */ (createRequire(path.join(projectRoot, 'package.json'))('electron'));
  } catch (error) {
    console.warn(`[electron-native] could not verify the build in Electron: ${error instanceof Error ? error.message : error}`);
    return 'unverified';
  }
  const result = spawnSync(electronPath, ['-e', `require(${JSON.stringify(bindingFile)})`], {
    env: { ...env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  });
  if (result.status === 0) return 'ok';
  console.error(result.stderr || result.error?.message || `exit code ${result.status}`);
  return 'mismatch';
}

const NETWORK_HINT =
  'Making the Electron build of the SQLite module needs a network the first time (it downloads a prebuilt ' +
  'binary from GitHub, or Electron\'s headers from electronjs.org plus a C++ toolchain and Python to compile ' +
  'it). Connect to a network and run `npm start` again, or copy a matching better_sqlite3.node into ';

export function ensureElectronNative() {
  const electronVersion = readElectronVersion(projectRoot);
  const plan = planNativeBuild({ root: projectRoot, electronVersion });
  if (plan.action === 'skip') {
    console.log(`[electron-native] Electron ${electronVersion} build present: ${path.relative(projectRoot, plan.target)}`);
    return plan.target;
  }

  const source = path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve(`${PACKAGE_ALIAS}/package.json`));
  fs.rmSync(plan.packageCopy, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(plan.packageCopy), { recursive: true });
  fs.cpSync(source, plan.packageCopy, { recursive: true, filter: (file) => shouldCopyIntoBuild(source, file) });

  const env = electronBuildEnv(process.env);
  const built =
    (tryPrebuilt(plan.packageCopy, electronVersion, env) && fs.existsSync(plan.builtBinding)) ||
    (tryCompile(plan.packageCopy, electronVersion, env) && fs.existsSync(plan.builtBinding));
  if (!built) {
    throw new Error(`Could not make the SQLite module for Electron ${electronVersion}. ${NETWORK_HINT}${plan.target}.`);
  }
  if (verifyInElectron(plan.builtBinding, env) === 'mismatch') {
    throw new Error(`The SQLite module built for Electron ${electronVersion} does not load in Electron (see above).`);
  }

  // Write then rename, so an interrupted run never leaves a half-copied file that a later run would skip.
  const partial = `${plan.target}.partial-${process.pid}`;
  fs.copyFileSync(plan.builtBinding, partial);
  fs.renameSync(partial, plan.target);
  console.log(`[electron-native] ready: ${path.relative(projectRoot, plan.target)}`);
  return plan.target;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureElectronNative();
  } catch (error) {
    console.error(`[electron-native] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
