import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandoverCloseResult, HandoverPdfResult, HandoverSettings } from '../../shared/contract/handover';
import { data, failure, startIpcDesk } from '../helpers/ipc';

const FAKE_PDF = new TextEncoder().encode('%PDF-1.7 the window as rendered by Electron\n%%EOF');

/** The window's PDF leaves the process (Electron's printToPDF): the one thing these tests stand in for. */
async function startDesk(printToPdf?: () => Promise<Uint8Array>) {
  const desk = await startIpcDesk({ mode: printToPdf ? 'desktop' : 'browser', printToPdf });
  const { dispatch, dataDir } = desk;
  await desk.loginAs('K003', 'supervisor');
  const count = (sql: string) => desk.count(sql);
  /** The supervisor closes the day without a successor; the desk is logged out afterwards. */
  const closeDay = async () =>
    data<HandoverCloseResult>(await dispatch('handover:close', { cashCountedFen: 0, incoming: null })).handover;
  return { dispatch, dataDir, count, closeDay, clock: desk.clock };
}

const PDF_EVENTS = "select count(*) from audit_log where entity = 'handovers' and note like 'handover PDF saved%'";

describe('handover sheet saved as PDF', () => {
  it('saves into the folder from the settings, named by number and clerk, audited; a second save never overwrites', async () => {
    const renders: number[] = [];
    const desk = await startDesk(async () => {
      renders.push(1);
      return FAKE_PDF;
    });
    const folder = path.join(desk.dataDir, 'usb', '交接单');
    const saved = data<HandoverSettings>(
      await desk.dispatch('handover:saveSettings', { trackedItems: ['钥匙'], pdfFolder: folder }),
    );
    expect(saved).toEqual({ trackedItems: ['钥匙'], pdfFolder: folder });
    // The tracked-items editor sends no folder: the stored one stays.
    expect(
      data<HandoverSettings>(await desk.dispatch('handover:saveSettings', { trackedItems: ['钥匙', '雨伞'] }))
        .pdfFolder,
    ).toBe(folder);
    const handover = await desk.closeDay();

    // Logged out at end of day, the sheet just closed may still be saved, in the outgoing clerk's name.
    const first = data<HandoverPdfResult>(await desk.dispatch('handover:savePdf', { id: handover.id }));
    const name = `交接单-${handover.serialNo}-张伟.pdf`;
    expect(first).toEqual({ saved: true, file: path.join(folder, name) });
    expect(fs.readFileSync(path.join(folder, name))).toEqual(Buffer.from(FAKE_PDF));
    const again = data<HandoverPdfResult>(await desk.dispatch('handover:savePdf', { id: handover.id, reprint: true }));
    expect(again).toEqual({ saved: true, file: path.join(folder, `交接单-${handover.serialNo}-张伟-2.pdf`) });
    expect(fs.readdirSync(folder).sort()).toEqual([name, `交接单-${handover.serialNo}-张伟-2.pdf`].sort());
    expect(renders).toHaveLength(2);
    expect(desk.count(PDF_EVENTS)).toBe(2);
    expect(
      desk.count(
        "select count(*) from audit_log a join clerks c on c.id = a.clerk_id where c.employee_no = 'K003' and a.note = 'handover PDF saved again'",
      ),
    ).toBe(1);
  });

  it('answers that the browser must do it in browser mode, and that no folder is set otherwise', async () => {
    const browser = await startDesk();
    const inBrowser = await browser.closeDay();
    expect(data(await browser.dispatch('handover:savePdf', { id: inBrowser.id }))).toEqual({
      saved: false,
      reason: 'browser',
    });
    const desktop = await startDesk(async () => FAKE_PDF);
    const noFolder = await desktop.closeDay();
    expect(data(await desktop.dispatch('handover:savePdf', { id: noFolder.id }))).toEqual({
      saved: false,
      reason: 'noFolder',
    });
    expect(browser.count(PDF_EVENTS) + desktop.count(PDF_EVENTS)).toBe(0);
  });

  it('says clearly when the folder cannot be written or the PDF fails; the handover itself stays saved', async () => {
    let fail = false;
    const desk = await startDesk(async () => {
      if (fail) throw new Error('printToPDF failed');
      return FAKE_PDF;
    });
    const blocker = path.join(desk.dataDir, 'not-a-folder');
    fs.writeFileSync(blocker, 'a file where the drive should be');
    data(await desk.dispatch('handover:saveSettings', { trackedItems: [], pdfFolder: path.join(blocker, 'pdf') }));
    const handover = await desk.closeDay();
    expect(failure(await desk.dispatch('handover:savePdf', { id: handover.id }))).toMatchObject({
      code: 'storage',
      messageKey: 'errors.handoverPdfFolder',
      field: 'pdfFolder',
    });
    expect(desk.count('select count(*) from handovers')).toBe(1);

    // Log in again to point the setting at a real folder, then let the rendering fail.
    const desk2 = await startDesk(async () => {
      if (fail) throw new Error('printToPDF failed');
      return FAKE_PDF;
    });
    const folder = path.join(desk2.dataDir, 'pdf');
    data(await desk2.dispatch('handover:saveSettings', { trackedItems: [], pdfFolder: folder }));
    const other = await desk2.closeDay();
    fail = true;
    expect(failure(await desk2.dispatch('handover:savePdf', { id: other.id }))).toMatchObject({
      code: 'storage',
      messageKey: 'errors.handoverPdfWrite',
    });
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(desk2.count('select count(*) from handovers')).toBe(1);
    expect(desk.count(PDF_EVENTS) + desk2.count(PDF_EVENTS)).toBe(0);
  });

  it('refuses a bad folder setting, an unknown sheet, and a stranger after the end-of-day window', async () => {
    const desk = await startDesk(async () => FAKE_PDF);
    expect(
      failure(await desk.dispatch('handover:saveSettings', { trackedItems: [], pdfFolder: 'x'.repeat(401) })),
    ).toMatchObject({ code: 'invalid_input', field: 'pdfFolder' });
    expect(failure(await desk.dispatch('handover:savePdf', { id: 'not-an-id' }))).toMatchObject({ field: 'id' });
    expect(failure(await desk.dispatch('handover:savePdf', { id: crypto.randomUUID() }))).toMatchObject({
      code: 'not_found',
    });
    const handover = await desk.closeDay();
    // The clerk who ended the day has left the result (their session ends); then only the window counts.
    data(await desk.dispatch('session:logout', {}));
    desk.clock.advance(11 * 60_000);
    expect(failure(await desk.dispatch('handover:savePdf', { id: handover.id }))).toMatchObject({
      code: 'unauthenticated',
    });
  });
});
