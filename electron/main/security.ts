// No 'electron' import here: the browser-mode server and plain-Node tests use these too.

/**
 * One policy for both shells: renderer/index.html carries it as a meta tag (Electron loads a file, no headers),
 * and the browser-mode server sends it as a header. Styles need 'unsafe-inline' because Mantine injects
 * style elements and style attributes at run time; scripts never get it.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'";

/** Structurally the subset of Electron's WebPreferences we set, so this file stays Electron-free. */
export interface MainWindowWebPreferences {
  preload: string;
  contextIsolation: boolean;
  nodeIntegration: boolean;
  nodeIntegrationInWorker: boolean;
  nodeIntegrationInSubFrames: boolean;
  sandbox: boolean;
  webSecurity: boolean;
  allowRunningInsecureContent: boolean;
  webviewTag: boolean;
  spellcheck: boolean;
  devTools: boolean;
}

export function mainWindowWebPreferences(preloadPath: string, isPackaged: boolean): MainWindowWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // The dictionary would be downloaded from Google and flags Chinese text anyway.
    spellcheck: false,
    // A clerk at the counter must not get a console into the app's IPC.
    devTools: !isPackaged,
  };
}

/** The document a URL names, without query and hash; null when it is not a URL at all. */
function documentOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return null;
  }
}

function sameDocument(url: string, appUrl: string): boolean {
  const candidate = documentOf(url);
  return candidate !== null && candidate === documentOf(appUrl);
}

/**
 * Only the app's own index page may call IPC. Hash routes and queries are the app's business,
 * so they are ignored; any other file, host or scheme is refused.
 */
export function isTrustedSenderUrl(frameUrl: string, appUrl: string): boolean {
  return sameDocument(frameUrl, appUrl);
}

/** The window never leaves the app: links to anything else are refused rather than opened inside it. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return sameDocument(url, appUrl);
}
