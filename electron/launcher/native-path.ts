import path from 'node:path';

// Kept apart from build-native.ts so main can import it without bundling the build steps.

/** Where build-native puts the better-sqlite3 build for one Electron version; appRoot is the project folder. */
export function electronNativeBindingPath(appRoot: string, electronVersion: string): string {
  return path.join(nativeCacheDir(appRoot), `electron-${electronVersion}`, 'better_sqlite3.node');
}

/** A fixed-name copy of the newest build, so electron-builder's extraResources need not know the version. */
export function currentNativeBindingPath(appRoot: string): string {
  return path.join(nativeCacheDir(appRoot), 'current', 'better_sqlite3.node');
}

function nativeCacheDir(appRoot: string): string {
  return path.join(appRoot, 'node_modules', '.cache', 'frontdesk-native');
}
