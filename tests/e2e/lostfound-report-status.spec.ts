import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// The loss-report panel says what fits the report's status: pick one when reports are listed (it said there were
// none), the candidates of one searched for, and for one found or voided that it is matched no more (it said
// 暂无匹配的失物 under a found report).

interface Saved {
  id: string;
  version: number;
  serialNo: string;
}

describe('the loss-report panel by status, in Chromium', () => {
  let app: RunningApp;
  const made: Record<'open' | 'found' | 'voided', Saved> = {} as Record<'open' | 'found' | 'voided', Saved>;
  let item: Saved;
  async function call<T>(channel: string, input: object): Promise<T> {
    const result = await app.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.data as T;
  }

  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByLabel('clerk').waitFor();
    const umbrella = {
      category: 'umbrella',
      colour: '黑色',
      foundPlace: '三楼女装区',
      finderKind: 'cleaner',
      storagePlace: '失物柜 A',
    };
    item = await call<Saved>('lostfound:register', { ...umbrella, description: '黑色长柄雨伞' });
    await call<Saved>('lostfound:register', { ...umbrella, description: '黑色折叠伞' });
    const report = (name: string, phone: string) =>
      call<Saved>('lostfound:report', {
        reporterName: name,
        phone,
        category: 'umbrella',
        description: '黑色伞',
        lostPlace: '三楼',
        lostFrom: app.now() - 3 * 3600_000,
        lostTo: app.now() - 3600_000,
      });
    made.found = await report('冯女士', '13966667701');
    made.open = await report('褚先生', '13966667702');
    made.voided = await report('卫女士', '13966667703');
    await call('lostfound:claim', {
      id: item.id,
      version: item.version,
      claimantName: '冯女士',
      phone: '13966667701',
      idType: 'resident_id',
      idNumber: '11010519491231002X',
      claimDescription: '黑色长柄伞',
      reportId: made.found.id,
    });
    await call('lostfound:voidReport', { id: made.voided.id, version: made.voided.version, reason: '重复登记' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('asks to pick a listed report, then shows the candidates of one searched for', async () => {
    const { page } = app;
    await page.evaluate(`location.hash = '#/lostfound/reports'`);
    await page.getByText('在左侧选一条寻物登记，查看可能匹配的失物。').waitFor();
    expect(await page.getByText('没有寻找中的登记').count()).toBe(0);
    await page.getByRole('row', { name: /褚先生/ }).click();
    const panel = page.getByLabel(made.open.serialNo, { exact: true });
    await panel.getByRole('heading', { name: `可能的失物（${made.open.serialNo}）` }).waitFor();
    await panel.getByText(/黑色折叠伞/).waitFor();
    await screenshot(page, 'lostfound-report-open');
  });

  it('says a found report is matched no more, with the item it found as a link', async () => {
    const { page } = app;
    await page.evaluate(`location.hash = '#/lostfound/reports/${made.found.id}'`);
    const panel = page.getByLabel(made.found.serialNo, { exact: true });
    await panel.getByText('这份登记的失物已找到并认领，不再匹配其他失物。').waitFor();
    await panel.getByRole('heading', { name: `寻物登记 ${made.found.serialNo}` }).waitFor();
    await panel.getByRole('button', { name: `已认领失物 ${item.serialNo}` }).waitFor();
    expect(await panel.getByText('暂无匹配的失物').count()).toBe(0);
    // The other umbrella still held is not offered for a claim against it.
    expect(await panel.getByRole('button', { name: '认领', exact: true }).count()).toBe(0);
    await screenshot(page, 'lostfound-report-found');
  });

  it('says a voided report is matched no more, and offers no second void', async () => {
    const { page } = app;
    await page.evaluate(`location.hash = '#/lostfound/reports/${made.voided.id}'`);
    const panel = page.getByLabel(made.voided.serialNo, { exact: true });
    await panel.getByText('这份登记已作废，不再匹配失物。').waitFor();
    await panel.getByText(/已作废（重复登记）/).waitFor();
    expect(await panel.getByRole('button', { name: '作废', exact: true }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: '认领', exact: true }).count()).toBe(0);
    await screenshot(page, 'lostfound-report-voided');
  });
});
