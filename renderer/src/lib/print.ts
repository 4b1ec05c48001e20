import { invoke } from '../api/client';

/**
 * Prints the page's print layout: through main in the desktop app (which may send it straight to the default
 * printer), with the browser's own print in browser mode.
 */
export async function printDocument(): Promise<void> {
  try {
    const { handled } = await invoke('app:print', {});
    if (!handled) window.print();
  } catch {
    window.print();
  }
}
