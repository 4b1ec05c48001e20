import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, ipcMain, Menu, session } from 'electron';
import { channelNames } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { createDispatcher, type Dispatch } from '../app/dispatch';
import { type AppRuntime, closeRuntime, startRuntime } from '../app/runtime';
import { electronNativeBindingPath } from '../launcher/native-path';
import { isAllowedNavigation, isTrustedSenderUrl, mainWindowWebPreferences } from './security';

// Electron glue only: everything the app does goes through the same dispatcher as browser mode.

const TITLE = '前台 Front Desk';
const UNTRUSTED: Result<never> = {
  ok: false,
  error: { code: 'untrusted_sender', messageKey: 'errors.untrustedSender' },
};

let runtime: AppRuntime | null = null;
let mainWindow: BrowserWindow | null = null;

/** out/main/index.js sits beside out/preload and out/renderer in dev and inside the asar alike. */
const preloadPath = path.join(__dirname, '../preload/index.js');
const rendererFile = path.join(__dirname, '../renderer/index.html');

/** `electron-vite dev` serves the renderer over http; that is never allowed in a packaged app. */
function appUrl(): string {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl && !app.isPackaged) return devUrl;
  return pathToFileURL(rendererFile).href;
}

/** The better-sqlite3 build made for Electron; node_modules/better-sqlite3 is the Node build and would not load. */
function nativeBinding(): string {
  if (app.isPackaged) return path.join(process.resourcesPath, 'native', 'better_sqlite3.node');
  return electronNativeBindingPath(app.getAppPath(), process.versions.electron);
}

function migrationsFolder(): string {
  if (app.isPackaged) return path.join(process.resourcesPath, 'migrations');
  return path.join(app.getAppPath(), 'db/migrations');
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frameUrl = event.senderFrame?.url;
  if (!frameUrl || !isTrustedSenderUrl(frameUrl, appUrl())) return false;
  return mainWindow !== null && !mainWindow.isDestroyed() && event.sender === mainWindow.webContents;
}

/** One loop over the contract: a channel cannot be exposed without going through the sender check. */
function registerChannels(dispatch: Dispatch): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return UNTRUSTED;
      return await dispatch(channel, input);
    });
  }
}

function lockDownSessions(): void {
  // Nothing the desk does needs a camera, location, notifications or the like; ask for nothing, grant nothing.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** Applies to every web contents, including any a bug or an injected page might create. */
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appUrl())) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, appUrl())) event.preventDefault();
  });
});

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1280,
    minHeight: 720,
    title: TITLE,
    show: false,
    webPreferences: mainWindowWebPreferences(preloadPath, app.isPackaged),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(appUrl());
  return window;
}

/** Prints what the window shows (the module's print layout); silent goes to the default printer without a dialog. */
function printMainWindow(options: { silent: boolean }): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!mainWindow || mainWindow.isDestroyed()) return reject(new Error('no window'));
    mainWindow.webContents.print({ silent: options.silent, printBackground: true }, (success, reason) =>
      success || reason === 'cancelled' ? resolve() : reject(new Error(reason)),
    );
  });
}

/** The window's print layout as an A4 PDF: what the handover saves into its folder. */
function printMainWindowToPdf(): Promise<Uint8Array> {
  if (!mainWindow || mainWindow.isDestroyed()) return Promise.reject(new Error('no window'));
  return mainWindow.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(null);
  lockDownSessions();
  runtime = await startRuntime({
    mode: 'desktop',
    dataDir: app.getPath('userData'),
    migrationsFolder: migrationsFolder(),
    nativeBinding: nativeBinding(),
    // FRONT_DESK_DEMO=1: the demo desk at once (tests, trials); otherwise a PC with no data asks on its first start.
    demoData: process.env.FRONT_DESK_DEMO === '1',
    printPage: printMainWindow,
    printToPdf: printMainWindowToPdf,
  });
  registerChannels(createDispatcher(runtime));
  mainWindow = createMainWindow();
}

// Two copies would share one database file but keep separate sessions; bring the first one forward instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fatal(error));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    if (runtime) closeRuntime(runtime);
    runtime = null;
  });
}

function fatal(error: unknown): void {
  dialog.showErrorBox(TITLE, error instanceof Error ? (error.stack ?? error.message) : String(error));
  app.exit(1);
}
