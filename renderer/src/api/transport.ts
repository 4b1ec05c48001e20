import type { Result } from '../../../shared/errors';

/** What the Electron preload exposes; absent in browser mode. */
interface PreloadBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    frontDesk?: PreloadBridge;
  }
}

const TOKEN_KEY = 'frontDesk.token';

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

export type Transport = (channel: string, input: unknown) => Promise<Result<unknown>>;

export const isDesktop = typeof window !== 'undefined' && window.frontDesk !== undefined;

function createTransport(): Transport {
  const bridge = window.frontDesk;
  if (bridge) return (channel, input) => bridge.invoke(channel, input);
  const token = browserToken();
  return async (channel, input) => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-front-desk-token': token },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'unavailable', messageKey: 'errors.network' } };
    }
  };
}

export const transport: Transport = createTransport();

/** Browser-mode test hook: move the server's clock (only honoured when the server was started for tests). */
export async function advanceServerClock(ms: number): Promise<void> {
  await fetch('/__test/clock', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-front-desk-token': sessionStorage.getItem(TOKEN_KEY) ?? '' },
    body: JSON.stringify({ ms }),
  });
}
