import type { Result } from './errors';

/**
 * What the Electron preload exposes to the page as `window.frontDesk`, and what the renderer's transport calls:
 * one function, for every channel of the contract. Browser mode has no bridge and posts to the same dispatcher.
 */
export interface FrontDeskBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

/** The global the preload fills. */
export const BRIDGE_KEY = 'frontDesk';

/** Contract channels look like `clerks:list`; the preload passes nothing else to main. */
export const CHANNEL_NAME = /^[a-z]+:[A-Za-z]+$/;
