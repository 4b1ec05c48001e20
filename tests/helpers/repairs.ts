import type { Actor } from '../../electron/services/context';
import { createOrder, saveTeam } from '../../electron/services/repairs';
import { type CreateRepairInput, createRepairInput } from '../../shared/contract/repairs';
import type { TestDesk } from './db';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export const report: CreateRepairInput = {
  locationKind: 'unit',
  location: '3 栋 1202',
  category: 'plumbing_electric',
  urgency: 'urgent',
  description: '厨房水管漏水，水已流到客厅',
  reporterName: '陈先生',
  phone: '13912345678',
};

export function addTeam(desk: TestDesk, name = '工程部水电班', phone = '') {
  return saveTeam(desk.ctx, desk.clerkByRole('supervisor'), { id: null, name, phone, active: true });
}

export function fileOrder(desk: TestDesk, input: Partial<CreateRepairInput> = {}, actor?: Actor) {
  return createOrder(desk.ctx, actor ?? desk.clerkByRole('clerk'), createRepairInput.parse({ ...report, ...input }));
}
