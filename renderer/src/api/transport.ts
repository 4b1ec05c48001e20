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

/** Browser mode: this tab's own desk session, so each tab is logged in as its own clerk. */
function tabSessionKey(): string {
  const kept = sessionStorage.getItem(SESSION_KEY);
  if (kept) return kept;
  const made = crypto.randomUUID().replaceAll('-', '');
  sessionStorage.setItem(SESSION_KEY, made);
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
  const session = tabSessionKey();
  return async (channel, input) => {
    try {
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
