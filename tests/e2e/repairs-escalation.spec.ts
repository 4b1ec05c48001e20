import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

const MINUTE = 60_000;

/** The app's test clock starts on a Tuesday at 10:00 in Shanghai (harness DEFAULT_START); it moves only by hand here. */
describe('repair escalation and the return-visit reminder in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('escalates an order not completed in time and reminds the clerk of a return visit that is due', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    const teams = await app.call('repairs:teams', {});
    const team = (teams.data as { id: string; name: string }[])[0];
    if (!team) throw new Error('the demo data has no maintenance team');
    const order = (reporterName: string, description: string, teamId: string | null) =>
      app.call('repairs:create', {
        locationKind: 'public',
        location: '二楼电梯厅',
        category: 'public_facility',
        urgency: 'urgent',
        description,
        reporterName,
        phone: '13900001234',
        teamId,
      });
    const stuck = await order('保安张师傅', '消防通道门闭门器损坏', null);
    expect(stuck.ok).toBe(true);
    const fixed = await order('保洁刘阿姨', '卫生间水龙头漏水', team.id);
    const fixedId = (fixed.data as { id: string }).id;
    expect((await app.call('repairs:arrive', { id: fixedId })).ok).toBe(true);
    const completed = await app.call('repairs:complete', {
      id: fixedId,
      workDone: '更换水龙头',
      materials: '',
      fee: '',
      customerConfirmed: true,
    });
    expect(completed.ok).toBe(true);

    // Four hours and a minute later: the urgent order waiting for a team is past its completion limit, and the
    // completed one's return visit (four hours after completion) is due.
    await app.advanceClock(4 * 60 * MINUTE + MINUTE);
    await page.reload();
    const escalated = page.getByRole('button', { name: '已升级 1' });
    const reminder = page.getByRole('button', { name: '待回访 1' });
    await escalated.waitFor();
    await reminder.waitFor();

    await escalated.click();
    const list = page.getByRole('table', { name: '派工单' });
    await page.getByRole('tab', { name: '已升级', selected: true }).waitFor();
    const late = list.getByRole('row', { name: /保安张师傅/ });
    await late.getByText('超时未完工').waitFor();
    expect(await list.getByText('保洁刘阿姨').count()).toBe(0);
    await screenshot(page, 'repairs-escalated');

    await reminder.click();
    await page.getByRole('tab', { name: '待回访', selected: true }).waitFor();
    const due = list.getByRole('row', { name: /保洁刘阿姨/ });
    await due.getByText('待回访').waitFor();
    expect(await list.getByText('保安张师傅').count()).toBe(0);
    await screenshot(page, 'repairs-follow-up-due');
    await due.click();
    const detail = page.getByLabel(/^BX-XH-\d{8}-0002$/);
    await detail.getByText('应回访', { exact: true }).waitFor();
    await detail.getByRole('button', { name: '回访' }).click();
    const visit = page.getByRole('form', { name: /回访：BX-XH-/ });
    await visit.getByLabel('满意度').selectOption({ label: '满意' });
    await visit.getByRole('button', { name: '确定' }).click();
    await detail.getByText('已回访').first().waitFor();
    // The reminder is gone once the visit is made; the escalation stays until the order is completed.
    await reminder.waitFor({ state: 'detached' });
    await escalated.waitFor();

    await page.keyboard.press('F9');
    await page.getByRole('heading', { name: '交接班' }).waitFor();
    const handedOver = page.getByText(/已升级：超时未完工/).first();
    await handedOver.waitFor();
    await handedOver.scrollIntoViewIfNeeded();
    await screenshot(page, 'repairs-escalated-handover');
  });
});
