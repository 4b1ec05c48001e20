import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildNative } from './build-native';

/**
 * `npm start`: the desktop app when the Electron binary is here or can be fetched, else browser mode.
 * Tools are run as `node <their bin script>` rather than through npx or a shell: no .cmd quirks on Windows,
 * and the pid we hold is the tool's own.
 */

const root = path.resolve(__dirname, '../..');
const electronDir = path.join(root, 'node_modules/electron');
const FETCH_TIMEOUT_MS = 60_000;

/** Same test as electron's own index.js: path.txt names the executable inside dist/ (or the override folder). */
function electronBinary(): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist');
  const binary = path.join(distDir, relative);
  return fs.existsSync(binary) ? binary : null;
}

/**
 * Electron 45 has no postinstall: its index.js runs install.js on first use. We run it ourselves, quietly
 * and with a time limit, so a blocked network means browser mode instead of a stack trace or a hang.
 */
function fetchElectron(): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      cwd: electronDir,
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill(), FETCH_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    child.on('exit', done);
    child.on('error', done);
  });
}

function binScript(pkgName: string, binName: string): string {
  const pkgFile = require.resolve(`${pkgName}/package.json`, { paths: [root] });
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { bin: string | Record<string, string> };
  const relative = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin[binName];
  if (!relative) throw new Error(`${pkgName} has no ${binName} command`);
  return path.join(path.dirname(pkgFile), relative);
}

/** Exit code the way a shell reports it, so a killed child is not mistaken for success. */
function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const number = signal ? os.constants.signals[signal] : undefined;
  return number ? 128 + number : 1;
}

function runTool(pkgName: string, binName: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, [binScript(pkgName, binName), ...args], {
      cwd: root,
      stdio: 'inherit',
    });
    // Ctrl+C already reaches the child through the terminal; we stay alive to report its exit code.
    const onInterrupt = () => {};
    const onTerminate = () => child.kill('SIGTERM');
    process.on('SIGINT', onInterrupt);
    process.on('SIGTERM', onTerminate);
    const finish = (code: number) => {
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onTerminate);
      resolve(code);
    };
    child.on('exit', (code, signal) => finish(exitCodeOf(code, signal)));
    child.on('error', (error) => {
      console.error(`Could not run ${binName}: ${error.message}`);
      finish(1);
    });
  });
}

async function browserMode(): Promise<number> {
  // Always rebuild: it takes seconds and a stale out/renderer would show yesterday's screens.
  const built = await runTool('electron-vite', 'electron-vite', ['build']);
  if (built !== 0) return built;
  return runTool('tsx', 'tsx', [path.join('electron', 'launcher', 'web.ts')]);
}

async function desktopMode(): Promise<number> {
  try {
    buildNative();
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.log(`better-sqlite3 could not be built for Electron (${why}); starting browser mode instead.`);
    return browserMode();
  }
  // preview builds main, preload and renderer, then launches Electron on the built files.
  return runTool('electron-vite', 'electron-vite', ['preview']);
}

async function main(): Promise<number> {
  if (!electronBinary()) await fetchElectron();
  if (!electronBinary()) {
    console.log('Electron could not be downloaded on this machine; starting browser mode instead.');
    return browserMode();
  }
  return desktopMode();
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
