import { describe, expect, it } from 'vitest';
import type { CalendarDayView } from '../../shared/contract/complaints';
import type { LoanItemView, LoanKindView, LoanView } from '../../shared/contract/loans';
import type { LostfoundItemView, LostfoundReportView } from '../../shared/contract/lostfound';
import type { WatchEntryView } from '../../shared/contract/reception';
import type { SiteView } from '../../shared/contract/settings';
import type { StorageLocationView } from '../../shared/contract/storage';
import { data, failure } from '../helpers/ipc';
import { expectStale, supervisorTabs, TAB_A, TAB_B, TAB_C, TAB_D, twoTabs } from '../helpers/two-tabs';

const SETTING_VALUE = 'labels.core.fields.settings.value';

describe('single-record settings carry versions', () => {
  it('a save of business hours based on an older version is refused naming who saved; redone it saves', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const shown = data<{ version: number; weekdayClose: string }>(
      await desk.dispatch('settings:businessHours', {}, TAB_C),
    );
    const hours = { weekdayOpen: '09:30', weekdayClose: '22:00', weekendOpen: '09:30', weekendClose: '22:30' };
    const saved = data<{ version: number }>(
      await desk.dispatch(
        'settings:saveBusinessHours',
        { ...hours, version: shown.version, weekdayClose: '21:30' },
        TAB_D,
      ),
    );
    expect(saved.version).toBe(shown.version + 1);
    // 张伟's form still shows 22:00: saving the weekend hours on it would silently undo 陈静's 21:30.
    await expectStale(
      desk,
      'settings:saveBusinessHours',
      { ...hours, version: shown.version, weekendClose: '23:00' },
      TAB_C,
      '陈静',
      SETTING_VALUE,
    );
    expect(data<{ weekdayClose: string }>(await desk.dispatch('settings:businessHours', {}, TAB_C)).weekdayClose).toBe(
      '21:30',
    );
    expect(failure(await desk.dispatch('settings:saveBusinessHours', hours, TAB_C)).field).toBe('version');
    expect(
      data(
        await desk.dispatch(
          'settings:saveBusinessHours',
          { ...hours, weekdayClose: '21:30', version: saved.version, weekendClose: '23:00' },
          TAB_C,
        ),
      ),
    ).toMatchObject({ weekdayClose: '21:30', weekendClose: '23:00', version: saved.version + 1 });
  });

  it('a setting never saved shows version 0; once another supervisor saved it, a save based on 0 is refused', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const shown = data<{ version: number }>(await desk.dispatch('settings:printing', {}, TAB_C));
    expect(shown.version).toBe(0);
    data(await desk.dispatch('settings:savePrinting', { version: 0, silentDefaultPrinter: true }, TAB_D));
    await expectStale(
      desk,
      'settings:savePrinting',
      { version: 0, silentDefaultPrinter: false },
      TAB_C,
      '陈静',
      SETTING_VALUE,
    );
    expect(data(await desk.dispatch('settings:printing', {}, TAB_C))).toEqual({
      silentDefaultPrinter: true,
      version: 1,
    });
  });

  it('the same settings form sent again after a lost answer is not stored twice', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const policy = data<Record<string, number>>(await desk.dispatch('settings:policy', {}, TAB_C));
    const form = { ...policy, returnDays: 15, __submission: 'policy-form-0000001' };
    data(await desk.dispatch('settings:savePolicy', form, TAB_C));
    const entries = desk.count('select count(*) from audit_log');
    // Said as already saved, not as a change by someone else (its own first sending moved the version).
    expect(failure(await desk.dispatch('settings:savePolicy', form, TAB_C)).messageKey).toBe('errors.alreadySaved');
    expect(desk.count('select count(*) from audit_log')).toBe(entries);
  });

  it('a save of the site based on an older version is refused naming who changed what', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const site = data<SiteView>(await desk.dispatch('settings:site', {}, TAB_C));
    const { id: _id, ...form } = site;
    const renamed = data<SiteView>(await desk.dispatch('settings:saveSite', { ...form, name: '星河广场北区' }, TAB_D));
    expect(renamed.version).toBe(site.version + 1);
    await expectStale(
      desk,
      'settings:saveSite',
      { ...form, deskPhone: '021-55509999' },
      TAB_C,
      '陈静',
      'labels.core.fields.site.name',
    );
    expect(data<SiteView>(await desk.dispatch('settings:site', {}, TAB_C)).name).toBe('星河广场北区');
  });
});

describe('the watch list, storage locations and calendar days carry versions', () => {
  it('a watch-list entry changed by another supervisor since refuses the older change', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const entry = data<WatchEntryView>(
      await desk.dispatch('reception:addWatch', { name: '赵某', phone: '13800002222', reason: '曾寻衅滋事' }, TAB_C),
    );
    expect(entry.version).toBe(1);
    data(
      await desk.dispatch(
        'reception:updateWatch',
        { id: entry.id, version: 1, active: true, reason: '曾寻衅滋事，见到请通知保安' },
        TAB_D,
      ),
    );
    await expectStale(
      desk,
      'reception:updateWatch',
      { id: entry.id, version: 1, active: false, reason: entry.reason },
      TAB_C,
      '陈静',
      'labels.reception.fields.watchList.reason',
    );
  });

  it('a location edited since refuses the older edit; an edit without its version is refused at the field', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const added = data<StorageLocationView>(
      await desk.dispatch('storage:saveLocation', { code: 'S-09', kind: 'shelf', note: '' }, TAB_C),
    );
    expect(added.version).toBe(1);
    const edit = { id: added.id, version: 1, code: 'S-09', kind: 'shelf', shared: false, active: true, note: '' };
    data(await desk.dispatch('storage:saveLocation', { ...edit, note: '二楼库房' }, TAB_D));
    await expectStale(
      desk,
      'storage:saveLocation',
      { ...edit, shared: true },
      TAB_C,
      '陈静',
      'labels.storage.fields.storageLocations.note',
    );
    expect(failure(await desk.dispatch('storage:saveLocation', { ...edit, version: null }, TAB_C)).field).toBe(
      'version',
    );
  });

  it('a calendar day recorded by another supervisor since refuses a change based on the packaged day', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const day = '2027-10-08';
    const first = data<CalendarDayView>(
      await desk.dispatch('complaints:setCalendarDay', { day, version: 0, work: false, note: '国庆' }, TAB_D),
    );
    expect(first.version).toBe(1);
    await expectStale(
      desk,
      'complaints:setCalendarDay',
      { day, version: 0, work: true, note: '调休上班' },
      TAB_C,
      '陈静',
      'labels.complaints.fields.complaintCalendarDays.work',
    );
    const listed = data<{ days: CalendarDayView[] }>(await desk.dispatch('complaints:calendar', { year: 2027 }, TAB_C));
    expect(listed.days.find((d) => d.day === day)).toMatchObject({ work: false, version: 1, source: 'desk' });
    expect(
      data(await desk.dispatch('complaints:setCalendarDay', { day, version: 1, work: true, note: '调休' }, TAB_C)),
    ).toMatchObject({ work: true, version: 2 });
  });
});

describe('lost and found and loans carry versions', () => {
  const item = {
    category: 'umbrella',
    description: '黑色长柄雨伞',
    colour: '黑色',
    foundPlace: '三楼女装区',
    finderKind: 'cleaner',
    finderName: '刘阿姨',
    storagePlace: '失物柜 A',
  };

  it('a claim or a void based on an item changed since is refused naming who; nothing is written', async () => {
    const desk = await twoTabs();
    const found = data<LostfoundItemView>(await desk.dispatch('lostfound:register', item, TAB_A));
    expect(found.version).toBe(1);
    data(await desk.dispatch('lostfound:void', { id: found.id, version: 1, reason: '重复登记' }, TAB_B));
    const claim = {
      id: found.id,
      version: 1,
      claimantName: '赵敏',
      phone: '13912345678',
      idType: 'resident_id',
      idNumber: '11010519491231002X',
      claimDescription: '黑色长柄伞',
    };
    await expectStale(
      desk,
      'lostfound:claim',
      claim,
      TAB_A,
      '李娜',
      'labels.lostfound.fields.lostfoundItems.voidReason',
    );
    await expectStale(
      desk,
      'lostfound:void',
      { id: found.id, version: 1, reason: '再作废' },
      TAB_B,
      '李娜',
      'labels.lostfound.fields.lostfoundItems.voidReason',
    );
    expect(failure(await desk.dispatch('lostfound:claim', { ...claim, version: undefined }, TAB_A)).field).toBe(
      'version',
    );
  });

  it('a loss report voided since refuses a second void', async () => {
    const desk = await twoTabs();
    const now = desk.clock.now();
    const report = data<LostfoundReportView>(
      await desk.dispatch(
        'lostfound:report',
        {
          reporterName: '钱女士',
          phone: '13912345678',
          category: 'wallet',
          description: '棕色钱包',
          lostFrom: now - 3_600_000,
          lostTo: now,
        },
        TAB_A,
      ),
    );
    data(
      await desk.dispatch('lostfound:voidReport', { id: report.id, version: report.version, reason: '找到了' }, TAB_B),
    );
    await expectStale(
      desk,
      'lostfound:voidReport',
      { id: report.id, version: report.version, reason: '重复' },
      TAB_B,
      '李娜',
      'labels.lostfound.fields.lostfoundReports.voidReason',
    );
  });

  it('a loan returned in one tab refuses a void based on the loan as it was; kinds and items keep versions', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const kind = data<LoanKindView>(
      await desk.dispatch('loans:saveKind', { name: '雨伞', deposit: '30', loanDays: 1, overdueFee: '1' }, TAB_C),
    );
    const kindEdit = { id: kind.id, version: kind.version, name: '雨伞', deposit: '30', loanDays: 1, overdueFee: '1' };
    data(await desk.dispatch('loans:saveKind', { ...kindEdit, deposit: '50' }, TAB_D));
    await expectStale(
      desk,
      'loans:saveKind',
      { ...kindEdit, loanDays: 2 },
      TAB_C,
      '陈静',
      'labels.loans.fields.loanKinds.depositFen',
    );
    const loanItem = data<LoanItemView>(
      await desk.dispatch('loans:saveItem', { kindId: kind.id, code: 'YS-01' }, TAB_C),
    );
    const itemEdit = { id: loanItem.id, version: loanItem.version, kindId: kind.id, code: 'YS-01' };
    data(await desk.dispatch('loans:saveItem', { ...itemEdit, note: '蓝色' }, TAB_D));
    await expectStale(
      desk,
      'loans:saveItem',
      { ...itemEdit, active: false },
      TAB_C,
      '陈静',
      'labels.loans.fields.loanItems.note',
    );

    const loan = data<LoanView>(
      await desk.dispatch(
        'loans:lend',
        { itemId: loanItem.id, borrowerName: '孙先生', phone: '13912345678', guarantee: 'deposit' },
        TAB_A,
      ),
    );
    data(await desk.dispatch('loans:return', { id: loan.id, version: loan.version, outcome: 'returned' }, TAB_A));
    await expectStale(
      desk,
      'loans:void',
      { id: loan.id, version: loan.version, reason: '登记错了' },
      TAB_B,
      '王芳',
      'labels.loans.fields.loans.returnedAt',
    );
    await expectStale(
      desk,
      'loans:return',
      { id: loan.id, version: loan.version, outcome: 'returned' },
      TAB_B,
      '王芳',
      'labels.loans.fields.loans.returnedAt',
    );
  });
});
