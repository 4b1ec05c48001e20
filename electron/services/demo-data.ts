import { site } from '../../db/schema';
import { addClerk } from './clerks';
import type { ServiceContext } from './context';
import { defaultGrades, saveGrade } from './customers/grades';
import { seedDemoDirectory } from './directory/demo';
import { saveTeam } from './repairs/teams';
import { addItem, saveSite, writeSetting } from './settings';
import { saveLocation } from './storage/locations';

/** The demo clerks and PINs README lists; a newcomer logs in with these. */
export const demoClerks = [
  { name: '王芳', employeeNo: 'K001', role: 'clerk', pin: '1111' },
  { name: '李娜', employeeNo: 'K002', role: 'lead', pin: '2222' },
  { name: '张伟', employeeNo: 'K003', role: 'supervisor', pin: '3333' },
  { name: '陈静', employeeNo: 'K004', role: 'manager', pin: '4444' },
] as const;

const demoDepartments = ['客服部', '工程部', '保安部', '保洁部', '招商部', '物业管理处', '财务部'];

export function hasSite(ctx: ServiceContext): boolean {
  return ctx.db.select({ id: site.id }).from(site).get() !== undefined;
}

/** Fills an empty database with a working desk. Does nothing if a site exists already. */
export function seedDemoData(ctx: ServiceContext): boolean {
  if (hasSite(ctx)) return false;
  saveSite(ctx, null, { name: '星河广场', code: 'XH', timeZone: 'Asia/Shanghai', deskPhone: '021-55501234' });
  const counter = addItem(ctx, null, { kind: 'counters', name: '一楼总服务台', unitNo: '', floor: '', phone: '' });
  writeSetting(ctx, null, 'thisCounter', counter.id);
  for (const clerk of demoClerks) addClerk(ctx, null, clerk);
  for (const name of demoDepartments)
    addItem(ctx, null, { kind: 'departments', name, unitNo: '', floor: '', phone: '' });
  // Six lockers and one shared shelf for large items, so storage works on first start.
  for (let i = 1; i <= 6; i++) {
    saveLocation(ctx, null, { id: null, code: `G-0${i}`, kind: 'locker', shared: false, active: true, note: '' });
  }
  saveLocation(ctx, null, { id: null, code: 'D-01', kind: 'shelf', shared: true, active: true, note: '大件货架' });
  for (const name of ['水电维修组', '空调维修组', '电梯维保组'])
    saveTeam(ctx, null, { id: null, name, phone: '021-55501299', active: true });
  defaultGrades.forEach((name, i) => {
    saveGrade(ctx, null, { id: null, version: null, name, sortOrder: i, active: true });
  });
  // The shops go onto the one shop list with their directory entries (hours, phone): settings shows the same.
  seedDemoDirectory(ctx);
  return true;
}
