import type { Role } from '../../../../shared/contract/roles';

export interface ModuleEntry {
  key: 'reception' | 'calls' | 'storage' | 'invoices' | 'returns' | 'complaints' | 'handover' | 'reports' | 'settings';
  path: string;
  /** Function keys suit a counter; F5, F11 and F12 stay with the browser. */
  hotkey: string;
  label: string;
  minRole?: Role;
}

export const modules: ModuleEntry[] = [
  { key: 'reception', path: '/reception', hotkey: 'F2', label: 'F2' },
  { key: 'calls', path: '/calls', hotkey: 'F3', label: 'F3' },
  { key: 'storage', path: '/storage', hotkey: 'F4', label: 'F4' },
  { key: 'invoices', path: '/invoices', hotkey: 'F6', label: 'F6' },
  { key: 'returns', path: '/returns', hotkey: 'F7', label: 'F7' },
  { key: 'complaints', path: '/complaints', hotkey: 'F8', label: 'F8' },
  { key: 'handover', path: '/handover', hotkey: 'F9', label: 'F9' },
  { key: 'reports', path: '/reports', hotkey: 'F10', label: 'F10' },
  { key: 'settings', path: '/settings', hotkey: 'mod+,', label: 'Ctrl+,' },
];
