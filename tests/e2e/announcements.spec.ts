import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeNotifications,
  expectPrintLabelsOnly,
  loginWithKeyboard,
  type RunningApp,
  screenshot,
  screenshotDir,
  startApp,
} from './harness';

describe('announcements and the lost-child checklist in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a supervisor keeps templates with blanks to fill', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByText('张伟').first().waitFor();
    await page.keyboard.press('Alt+0');
    await page.getByRole('textbox', { name: '打开模块' }).fill('广播');
    await page.getByRole('button', { name: /广播/ }).first().click();
    await page.getByRole('heading', { name: '广播', exact: true }).waitFor();
    await page.getByRole('tab', { name: '广播模板' }).click();
    const form = page.getByRole('form', { name: '新增模板' });
    for (const [kind, name, text] of [
      ['寻物', '寻物', '顾客朋友请注意：有顾客在{地点}遗失{物品}，拾到的顾客请交到一楼总服务台，谢谢。'],
      [
        '儿童走失',
        '儿童走失',
        '紧急寻人：{姓名}小朋友，{年龄}岁，身穿{衣着}，在{地点}与家人走散，请带到一楼总服务台。',
      ],
    ]) {
      await form.getByRole('combobox', { name: '类别' }).selectOption({ label: kind as string });
      await form.getByRole('textbox', { name: '模板名称' }).fill(name as string);
      await form.getByRole('textbox', { name: '模板内容' }).fill(text as string);
      await form.getByRole('button', { name: '保存' }).click();
      await page.getByText(`模板 ${name} 已保存`).waitFor();
    }
    await page.getByRole('cell', { name: '儿童走失' }).first().waitFor();
    await closeNotifications(page);
    await screenshot(page, 'announcements-templates');
  });

  it('edits a template on the version it opened; a stale edit is refused naming who changed it', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '广播模板' }).click();
    const added = page.getByRole('form', { name: '新增模板' });
    await added.getByRole('combobox', { name: '类别' }).selectOption({ label: '通知' });
    await added.getByRole('textbox', { name: '模板名称' }).fill('闭店通知');
    await added.getByRole('textbox', { name: '模板内容' }).fill('本商场将于22:00闭店，请顾客朋友合理安排时间。');
    await added.getByRole('button', { name: '保存' }).click();
    await page.getByText('模板 闭店通知 已保存').waitFor();
    await closeNotifications(page);
    await page.getByRole('cell', { name: '闭店通知', exact: true }).click();
    const form = page.getByRole('form', { name: '修改模板' });
    await expect.poll(() => form.getByRole('textbox', { name: '模板名称' }).inputValue()).toBe('闭店通知');
    // Meanwhile the text is changed elsewhere (another tab), on the version this form opened with.
    const templates = (await app.call('announcements:templates', { includeInactive: true })).data as {
      id: string;
      version: number;
      name: string;
    }[];
    const stored = templates.find((tpl) => tpl.name === '闭店通知');
    const changed = await app.call('announcements:saveTemplate', {
      id: stored?.id,
      version: stored?.version,
      kind: 'notice',
      name: '闭店通知',
      text: '本商场将于22:30闭店，请顾客朋友合理安排时间。',
    });
    expect(changed.ok).toBe(true);
    await form.getByRole('textbox', { name: '模板名称' }).fill('闭店提醒');
    await form.getByRole('button', { name: '保存' }).click();
    const refusal = page.getByText(/张伟/).filter({ hasText: '模板内容' });
    await refusal.first().waitFor();
    await screenshot(page, 'announcements-template-stale');
    // Nothing was overwritten, and the form now shows the template as it is, ready for the change to be redone.
    await expect.poll(() => form.getByRole('textbox', { name: '模板内容' }).inputValue()).toContain('22:30');
    await expect.poll(() => form.getByRole('textbox', { name: '模板名称' }).inputValue()).toBe('闭店通知');
    await closeNotifications(page);
    await form.getByRole('textbox', { name: '模板名称' }).fill('闭店提醒');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('模板 闭店提醒 已保存').waitFor();
    await closeNotifications(page);
  });

  it('logs a 寻物 announcement from the template, refusing a wrong phone and an unfilled blank', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '广播登记' }).click();
    const form = page.getByRole('form', { name: '登记广播' });
    await form.getByText('寻物', { exact: true }).click();
    await form.getByRole('combobox', { name: '模板' }).selectOption({ label: '寻物' });
    await form.getByRole('textbox', { name: '地点', exact: true }).fill('二楼星巴克');
    await form.getByRole('textbox', { name: '申请人' }).fill('李先生');
    await form.getByRole('textbox', { name: '联系电话' }).fill('1391234567');
    await form.getByRole('button', { name: '登记（已播报）' }).click();
    await form.getByText('模板中还有 {…} 空白处没有填写').waitFor();
    await form.getByText('手机号应为 11 位数字（现在位数不对），如 13812345678').waitFor();
    await form.getByRole('textbox', { name: '物品', exact: true }).fill('黑色钱包');
    expect(await form.getByRole('textbox', { name: '广播内容' }).inputValue()).toContain('在二楼星巴克遗失黑色钱包');
    await form.getByRole('textbox', { name: '联系电话' }).fill('13912345678');
    await form.getByRole('button', { name: '登记（已播报）' }).click();
    await page.getByText(/已登记，单号 GB-XH-\d{8}-0001/).waitFor();
    await page.getByRole('cell', { name: '李先生' }).waitFor();
  });

  it('opens a lost-child case that stays on screen, records the steps, and puts it on the handover sheet', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '登记广播' });
    await form.getByText('儿童走失', { exact: true }).click();
    await form.getByRole('combobox', { name: '模板' }).selectOption({ label: '儿童走失' });
    for (const [blank, value] of [
      ['姓名', '乐乐'],
      ['年龄', '5'],
      ['衣着', '红色外套'],
      ['地点', '三楼游乐区'],
    ])
      await form.getByRole('textbox', { name: blank, exact: true }).fill(value as string);
    await form.getByRole('textbox', { name: '儿童姓名' }).fill('乐乐');
    await form.getByRole('textbox', { name: '年龄（岁）' }).fill('5');
    await form.getByRole('textbox', { name: '走失地点' }).fill('三楼游乐区');
    await form.getByRole('textbox', { name: '申请人' }).fill('王女士');
    await form.getByRole('button', { name: '登记（已播报）' }).click();
    await form.getByText('儿童走失须登记衣着特征').waitFor();
    await form.getByText('儿童走失须登记家长的联系电话').waitFor();
    await form.getByRole('textbox', { name: '衣着特征' }).fill('红色外套，蓝色牛仔裤');
    await form.getByRole('textbox', { name: '联系电话' }).fill('13812345678');
    await form.getByRole('button', { name: '登记（已播报）' }).click();
    await page.getByText(/已登记，单号 GB-XH-\d{8}-0002/).waitFor();
    // The case opens at once; the banner and the header badge stay until it is closed.
    await page.getByText('走失儿童处置中').waitFor();
    await page.getByRole('button', { name: '走失儿童 1' }).waitFor();
    const security = page.getByRole('form', { name: '通知安保' });
    await security.getByRole('button', { name: '记录' }).click();
    await security.getByText('必填').waitFor();
    await security.getByRole('textbox', { name: '执行人' }).fill('安保部 刘队');
    await security.getByRole('button', { name: '记录' }).click();
    await page.getByText('已记录：通知安保').waitFor();
    const exits = page.getByRole('form', { name: '出入口布控' });
    await exits.getByRole('textbox', { name: '执行人' }).fill('安保部');
    await exits.getByRole('textbox', { name: '说明' }).fill('东西南北四个出入口');
    await exits.getByRole('button', { name: '记录' }).click();
    await page.getByText('已记录：出入口布控').waitFor();
    await closeNotifications(page);
    await screenshot(page, 'announcements-lost-child');
    await page.keyboard.press('F9');
    await page.getByText('走失儿童（尚未结案）（1）').first().waitFor();
    expect(await page.getByText('138****5678').count()).toBeGreaterThan(0);
    await page.getByText('走失儿童（尚未结案）（1）').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'announcements-handover');
  });

  it('finds the case again with Ctrl+K, hands the child to the guardian with a checked ID, and prints the record', async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: '搜索', exact: true });
    await box.fill('乐乐');
    await page
      .getByText(/GB-XH-\d{8}-0002/)
      .first()
      .waitFor();
    await box.press('Enter');
    await box.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: /GB-XH-\d{8}-0002/ }).waitFor();
    const found = page.getByRole('form', { name: '找到儿童' });
    await found.getByRole('textbox', { name: '执行人' }).fill('保洁 张阿姨');
    await found.getByRole('textbox', { name: '说明' }).fill('二楼洗手间门口');
    await found.getByRole('button', { name: '记录' }).click();
    await page.getByText('已记录：找到儿童').waitFor();
    const close = page.getByRole('form', { name: '结案' });
    await close.getByRole('textbox', { name: '与儿童关系' }).fill('母亲');
    await close.getByRole('textbox', { name: '证件号码' }).fill('110105194912310021');
    await close.getByRole('button', { name: '结案' }).click();
    await close.getByText('身份证号码校验码不正确，请核对最后一位').waitFor();
    await close.getByRole('textbox', { name: '证件号码' }).fill('11010519491231002X');
    const prints = await app.printCount();
    await close.getByRole('button', { name: '结案' }).click();
    await page.getByText(/已结案 GB-XH-\d{8}-0002/).waitFor();
    await app.waitForPrints(prints + 1);
    await page.getByText('走失儿童处置中').waitFor({ state: 'hidden' });
    expect(await page.getByRole('button', { name: '走失儿童 1' }).count()).toBe(0);
    const printed = await expectPrintLabelsOnly(page, 'lost child record');
    expect(printed).toContain('走失儿童处置记录');
    await page.emulateMedia({ media: 'print' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lost-child-'));
    await page.pdf({ path: path.join(dir, 'record.pdf'), format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'record.pdf'), '-'], { encoding: 'utf8' });
    for (const words of ['110***********002X', '138****5678', '通知安保', '找到儿童', '交还监护人', '接领人签字'])
      expect(text).toContain(words);
    expect(text).not.toContain('11010519491231002X');
    expect(text).not.toContain('13812345678');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      path.join(dir, 'record.pdf'),
      path.join(dir, 'record'),
    ]);
    fs.copyFileSync(path.join(dir, 'record.png'), path.join(screenshotDir, 'announcements-record.png'));
    await closeNotifications(page);
    await screenshot(page, 'announcements-closed');
  });
});
