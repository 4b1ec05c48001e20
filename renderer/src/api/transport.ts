import type { FrontDeskBridge } from '../../../shared/bridge';
import type { Result } from '../../../shared/errors';

declare global {
  interface Window {
    /** The Electron preload's bridge (shared/bridge.ts); absent in browser mode. */
    frontDesk?: FrontDeskBridge;
  }
}

const TOKEN_KEY = 'frontDesk.token';
const SESSION_KEY = 'frontDesk.session';

/**
 * How long a tab waits for its session's lock before it counts as a copy. After a reload the page before still
 * holds it while it unloads, which on a busy machine can take a while: a reload waits long, as it is almost always
 * this tab's own lock coming free. A copy (a duplicated tab, a window opened from one) waits for another live tab,
 * which never lets go: it gives up sooner.
 */
function lockGraceMs(): number {
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation?.type === 'reload' ? 10_000 : 1500;
}

/** True once this tab found that its stored session belonged to another open tab (it was duplicated or opened from one). */
let copiedFromAnotherTab = false;
export const isCopiedTab = () => copiedFromAnotherTab;

const freshSessionKey = () => crypto.randomUUID().replaceAll('-', '');

/**
 * Holds the Web Lock named after `key` for as long as this page lives. False when another tab holds it: a duplicated
 * tab, or a window opened from one, inherits the tab's sessionStorage and with it the clerk's session key.
 */
function holdSessionLock(key: string): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return Promise.resolve(true);
  const name = `frontDesk.session.${key}`;
  return new Promise((resolve) => {
    const hold = () => {
      resolve(true);
      return new Promise<never>(() => undefined);
    };
    void locks.request(name, { ifAvailable: true }, (lock) => {
      if (lock) return hold();
      const giveUp = new AbortController();
      const timer = setTimeout(() => giveUp.abort(), lockGraceMs());
      locks
        .request(name, { signal: giveUp.signal }, () => {
          clearTimeout(timer);
          return hold();
        })
        .catch(() => resolve(false));
      return undefined;
    });
  });
}

/**
 * Browser mode: this tab's own desk session, so each tab is logged in as its own clerk. A reload keeps it; a copy of
 * the tab starts a session of its own, so it shows the login screen and asks for a PIN instead of silently working
 * as the clerk of the tab it was copied from.
 */
async function tabSessionKey(): Promise<string> {
  const kept = sessionStorage.getItem(SESSION_KEY);
  if (kept && (await holdSessionLock(kept))) return kept;
  copiedFromAnotherTab = kept !== null;
  const made = freshSessionKey();
  sessionStorage.setItem(SESSION_KEY, made);
  void holdSessionLock(made);
  return made;
}

/** Browser mode: the per-run token arrives once in the URL; keep it for reloads and take it out of the address bar. */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The bridge's one function: the desktop app's preload, or browser mode's HTTP post to the same dispatcher. */
export type Transport = FrontDeskBridge['invoke'];

export const isDesktop = typeof window !== 'undefined' && window.frontDesk !== undefined;

function createTransport(): Transport {
  const bridge = window.frontDesk;
  if (bridge) return (channel, input) => bridge.invoke(channel, input);
  const token = browserToken();
  const sessionKey = tabSessionKey();
  return async (channel, input) => {
    try {
      const session = await sessionKey;
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-front-desk-token': token, 'x-front-desk-session': session },
        body: JSON.stringify(input ?? {}),
      });
      const result: Result<unknown> = await response.json();
      return result;
    } catch {
      return { ok: false, error: { code: 'unavailable', messageKey: 'errors.network' } };
    }
  };
}

export const transport: Transport = createTransport();
