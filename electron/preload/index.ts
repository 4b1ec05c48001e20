import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, CHANNEL_NAME, type FrontDeskBridge } from '../../shared/bridge';
import type { Result } from '../../shared/errors';

// Sandboxed preload: electron-vite bundles the shared constants in; only `invoke` crosses into the page.

const bridge: FrontDeskBridge = {
  invoke: (channel, input): Promise<Result<unknown>> =>
    typeof channel === 'string' && CHANNEL_NAME.test(channel)
      ? ipcRenderer.invoke(channel, input)
      : Promise.reject(new Error('invalid channel name')),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
