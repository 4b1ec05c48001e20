import { contextBridge, ipcRenderer } from 'electron';

// Sandboxed preload: only `electron` can be imported here, and only `invoke` crosses into the page.

/** Same shape as the renderer's PreloadBridge; main answers with a Result. */
interface FrontDeskBridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
}

/** Contract channels look like `clerks:list`; anything else never reaches ipcRenderer. */
const CHANNEL_NAME = /^[a-z]+:[A-Za-z]+$/;

const bridge: FrontDeskBridge = {
  invoke: (channel, input) =>
    typeof channel === 'string' && CHANNEL_NAME.test(channel)
      ? ipcRenderer.invoke(channel, input)
      : Promise.reject(new Error('invalid channel name')),
};

contextBridge.exposeInMainWorld('frontDesk', bridge);
