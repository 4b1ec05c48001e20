import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isTrustedSenderUrl,
  mainWindowWebPreferences,
} from '../../electron/main/security';
import { channelNames } from '../../shared/contract';

const root = path.resolve(__dirname, '../..');
const APP_URL = 'file:///opt/front-desk/resources/app.asar/out/renderer/index.html';

function directive(policy: string, name: string): string[] | undefined {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return found?.slice(1);
}

describe('main window web preferences', () => {
  const prefs = mainWindowWebPreferences('/app/out/preload/index.js', true);

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('offers DevTools only outside a packaged app', () => {
    expect(prefs.devTools).toBe(false);
    expect(mainWindowWebPreferences('/p.js', false).devTools).toBe(true);
  });
});

describe('content security policy', () => {
  it('allows only the app itself to provide scripts and objects', () => {
    expect(directive(CONTENT_SECURITY_POLICY, 'default-src')).toEqual(["'self'"]);
    const scripts = directive(CONTENT_SECURITY_POLICY, 'script-src');
    expect(scripts).toEqual(["'self'"]);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directive(CONTENT_SECURITY_POLICY, 'object-src')).toEqual(["'none'"]);
    expect(directive(CONTENT_SECURITY_POLICY, 'frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the policy renderer/index.html carries in its meta tag', () => {
    const html = fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('trusted IPC senders', () => {
  it('accepts the app page, with a hash route or a query', () => {
    expect(isTrustedSenderUrl(APP_URL, APP_URL)).toBe(true);
    expect(isTrustedSenderUrl(`${APP_URL}#/settings`, APP_URL)).toBe(true);
    expect(isTrustedSenderUrl(`${APP_URL}?x=1#/clerks`, APP_URL)).toBe(true);
  });

  it('refuses other files, web pages and garbage', () => {
    expect(isTrustedSenderUrl('file:///opt/front-desk/resources/app.asar/out/renderer/other.html', APP_URL)).toBe(
      false,
    );
    expect(isTrustedSenderUrl('file:///tmp/index.html', APP_URL)).toBe(false);
    expect(isTrustedSenderUrl('http://127.0.0.1:5780/index.html', APP_URL)).toBe(false);
    expect(isTrustedSenderUrl('https://example.com/', APP_URL)).toBe(false);
    expect(isTrustedSenderUrl('about:blank', APP_URL)).toBe(false);
    expect(isTrustedSenderUrl('', APP_URL)).toBe(false);
  });
});

describe('navigation', () => {
  it('stays on the app page', () => {
    expect(isAllowedNavigation(`${APP_URL}#/login`, APP_URL)).toBe(true);
    expect(isAllowedNavigation('https://example.com', APP_URL)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', APP_URL)).toBe(false);
  });
});

describe('main process IPC registration', () => {
  const source = fs.readFileSync(path.join(root, 'electron/main/index.ts'), 'utf8');

  it('registers the contract channels in one loop over channelNames', () => {
    expect(source).toMatch(/for\s*\(const\s+\w+\s+of\s+channelNames\)/);
    expect(source.match(/ipcMain\.handle\(/g)).toHaveLength(1);
  });

  it('never registers a contract channel by its literal name', () => {
    for (const channel of channelNames) expect(source).not.toContain(`ipcMain.handle('${channel}'`);
  });

  it('checks the sender before dispatching', () => {
    const handler = source.slice(source.indexOf('ipcMain.handle('));
    expect(handler.indexOf('isTrustedSender(')).toBeGreaterThan(-1);
    expect(handler.indexOf('isTrustedSender(')).toBeLessThan(handler.indexOf('dispatch('));
  });
});
