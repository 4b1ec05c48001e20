import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { currentNativeBindingPath, electronNativeBindingPath } from './native-path';

export { currentNativeBindingPath, electronNativeBindingPath } from './native-path';

/**
 * Builds better-sqlite3 for Electron into node_modules/.cache/frontdesk-native, from a copy of the package:
 * node_modules/better-sqlite3 must stay the Node build that tests and browser mode load.
 */

const root = path.resolve(__dirname, '../..');
const HEADERS_URL = 'https://electronjs.org/headers';

export function installedElectronVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

class BuildFailure extends Error {}

/** Runs a step with its output in the log file; the console gets one line in the end, not pages of gyp. */
function run(label: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: number): boolean {
  fs.writeSync(log, `\n$ ${label}: node ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', log, log] });
  return result.status === 0;
}

/** The user npmrc here points nodedir at the system's Node headers; node-gyp would then build for Node again. */
function envWithoutNodedir(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  return env;
}

function resolveBin(pkgName: string, file: string, from: string): string {
  return path.join(path.dirname(require.resolve(`${pkgName}/package.json`, { paths: [from] })), file);
}

/** A Node build that merely carries Electron's name would load in Node; a real Electron build must not. */
function assertNotNodeBuild(file: string): void {
  try {
    process.dlopen({ exports: {} }, file);
  } catch {
    return;
  }
  throw new BuildFailure('the result loads in Node, so it was built for Node, not Electron');
}

function build(version: string, arch: string, target: string, logFile: string): void {
  const source = path.join(root, 'node_modules/better-sqlite3');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-native-'));
  const log = fs.openSync(logFile, 'w');
  try {
    // build/ holds the Node binary: leaving it out means a failed step can never hand it over as Electron's.
    fs.cpSync(source, work, { recursive: true, filter: (src) => path.relative(source, src) !== 'build' });
    const env = envWithoutNodedir();
    const built = path.join(work, 'build/Release/better_sqlite3.node');
    const prebuild = resolveBin('prebuild-install', 'bin.js', source);
    const gotPrebuilt = run(
      'prebuild-install',
      [prebuild, '--runtime', 'electron', '--target', version, '--arch', arch, '--verbose'],
      work,
      env,
      log,
    );
    if (!gotPrebuilt || !fs.existsSync(built)) {
      const gyp = resolveBin('node-gyp', 'bin/node-gyp.js', root);
      const args = [
        gyp,
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${version}`,
        `--arch=${arch}`,
        `--dist-url=${HEADERS_URL}`,
        '--jobs=max',
      ];
      if (!run('node-gyp', args, work, env, log) || !fs.existsSync(built)) {
        throw new BuildFailure('no prebuilt binary could be downloaded and building from source failed');
      }
    }
    assertNotNodeBuild(built);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(built, target);
  } finally {
    fs.closeSync(log);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function buildNative(): string {
  const version = installedElectronVersion();
  const target = electronNativeBindingPath(root, version);
  if (!fs.existsSync(target)) {
    const logFile = path.join(path.dirname(path.dirname(target)), `electron-${version}.log`);
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    console.log(`Building better-sqlite3 for Electron ${version} (about a minute the first time)...`);
    try {
      build(version, process.arch, target, logFile);
    } catch (error) {
      const why = error instanceof BuildFailure ? error.message : String(error);
      throw new BuildFailure(`${why} (details: ${logFile})`);
    }
  }
  const current = currentNativeBindingPath(root);
  fs.mkdirSync(path.dirname(current), { recursive: true });
  fs.copyFileSync(target, current);
  return target;
}

if (require.main === module) {
  try {
    buildNative();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.error(`Could not build better-sqlite3 for Electron: ${why.split('\n')[0]}`);
    process.exit(1);
  }
}
