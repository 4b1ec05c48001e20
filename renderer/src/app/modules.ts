import { lazy } from 'react';
import { reportsZhCN } from '../../../shared/contract/reports-messages';
import { type ModuleName, moduleNames } from '../../../shared/modules';
import { AnnouncementsBadge } from '../screens/announcements/AnnouncementsBadge';
import { announcementsEn, announcementsErrorsEn } from '../screens/announcements/messages.en';
import { announcementsErrorsZhCN, announcementsZhCN } from '../screens/announcements/messages.zh-CN';
import { CallbackBadge } from '../screens/calls/CallbackBadge';
import { callsEn } from '../screens/calls/messages.en';
import { callsZhCN } from '../screens/calls/messages.zh-CN';
import { ComplaintsBadge } from '../screens/complaints/ComplaintsBadge';
import { complaintsEn, complaintsErrorsEn } from '../screens/complaints/messages.en';
import { complaintsErrorsZhCN, complaintsZhCN } from '../screens/complaints/messages.zh-CN';
import { customersEn, customersErrorsEn } from '../screens/customers/messages.en';
import { customersErrorsZhCN, customersZhCN } from '../screens/customers/messages.zh-CN';
import { RevisitBadge } from '../screens/customers/RevisitBadge';
import { directoryEn, directoryErrorsEn } from '../screens/directory/messages.en';
import { directoryErrorsZhCN, directoryZhCN } from '../screens/directory/messages.zh-CN';
import { giftsEn, giftsErrorsEn } from '../screens/gifts/messages.en';
import { giftsErrorsZhCN, giftsZhCN } from '../screens/gifts/messages.zh-CN';
import { handoverEn } from '../screens/handover/messages.en';
import { handoverZhCN } from '../screens/handover/messages.zh-CN';
import { InvoicesBadge } from '../screens/invoices/InvoicesBadge';
import { invoicesEn, invoicesErrorsEn } from '../screens/invoices/messages.en';
import { invoicesErrorsZhCN, invoicesZhCN } from '../screens/invoices/messages.zh-CN';
import { LoansBadge } from '../screens/loans/LoansBadge';
import { loansEn, loansErrorsEn } from '../screens/loans/messages.en';
import { loansErrorsZhCN, loansZhCN } from '../screens/loans/messages.zh-CN';
import { LostfoundBadge } from '../screens/lostfound/LostfoundBadge';
import { lostfoundEn, lostfoundErrorsEn } from '../screens/lostfound/messages.en';
import { lostfoundErrorsZhCN, lostfoundZhCN } from '../screens/lostfound/messages.zh-CN';
import { passesEn, passesErrorsEn } from '../screens/passes/messages.en';
import { passesErrorsZhCN, passesZhCN } from '../screens/passes/messages.zh-CN';
import { PassesBadge } from '../screens/passes/PassesBadge';
import { receptionEn } from '../screens/reception/messages.en';
import { receptionZhCN } from '../screens/reception/messages.zh-CN';
import { releasesEn, releasesErrorsEn } from '../screens/releases/messages.en';
import { releasesErrorsZhCN, releasesZhCN } from '../screens/releases/messages.zh-CN';
import { ReleasesBadge } from '../screens/releases/ReleasesBadge';
import { renovationsEn, renovationsErrorsEn } from '../screens/renovations/messages.en';
import { renovationsErrorsZhCN, renovationsZhCN } from '../screens/renovations/messages.zh-CN';
import { RenovationsBadge } from '../screens/renovations/RenovationsBadge';
import { repairsEn, repairsErrorsEn } from '../screens/repairs/messages.en';
import { repairsErrorsZhCN, repairsZhCN } from '../screens/repairs/messages.zh-CN';
import { RepairsBadge } from '../screens/repairs/RepairsBadge';
import { reportsEn } from '../screens/reports/messages.en';
import { returnsEn } from '../screens/returns/messages.en';
import { returnsZhCN } from '../screens/returns/messages.zh-CN';
import { storageEn } from '../screens/storage/messages.en';
import { storageZhCN } from '../screens/storage/messages.zh-CN';
import { StorageBadge } from '../screens/storage/StorageBadge';
import { type RendererModule, rendererModule } from './module';

// Each screen is its own chunk, loaded the first time a clerk opens it.
const ReceptionScreen = lazy(() =>
  import('../screens/reception/ReceptionScreen').then((m) => ({ default: m.ReceptionScreen })),
);
const CallsScreen = lazy(() => import('../screens/calls/CallsScreen').then((m) => ({ default: m.CallsScreen })));
const StorageScreen = lazy(() =>
  import('../screens/storage/StorageScreen').then((m) => ({ default: m.StorageScreen })),
);
const InvoicesScreen = lazy(() =>
  import('../screens/invoices/InvoicesScreen').then((m) => ({ default: m.InvoicesScreen })),
);
const ReturnsScreen = lazy(() =>
  import('../screens/returns/ReturnsScreen').then((m) => ({ default: m.ReturnsScreen })),
);
const ComplaintsScreen = lazy(() =>
  import('../screens/complaints/ComplaintsScreen').then((m) => ({ default: m.ComplaintsScreen })),
);
const LostfoundScreen = lazy(() =>
  import('../screens/lostfound/LostfoundScreen').then((m) => ({ default: m.LostfoundScreen })),
);
const RepairsScreen = lazy(() =>
  import('../screens/repairs/RepairsScreen').then((m) => ({ default: m.RepairsScreen })),
);
const ReleasesScreen = lazy(() =>
  import('../screens/releases/ReleasesScreen').then((m) => ({ default: m.ReleasesScreen })),
);
const PassesScreen = lazy(() => import('../screens/passes/PassesScreen').then((m) => ({ default: m.PassesScreen })));
const RenovationsScreen = lazy(() =>
  import('../screens/renovations/RenovationsScreen').then((m) => ({ default: m.RenovationsScreen })),
);
const LoansScreen = lazy(() => import('../screens/loans/LoansScreen').then((m) => ({ default: m.LoansScreen })));
const AnnouncementsScreen = lazy(() =>
  import('../screens/announcements/AnnouncementsScreen').then((m) => ({ default: m.AnnouncementsScreen })),
);
const GiftsScreen = lazy(() => import('../screens/gifts/GiftsScreen').then((m) => ({ default: m.GiftsScreen })));
const DirectoryScreen = lazy(() =>
  import('../screens/directory/DirectoryScreen').then((m) => ({ default: m.DirectoryScreen })),
);
const CustomersScreen = lazy(() =>
  import('../screens/customers/CustomersScreen').then((m) => ({ default: m.CustomersScreen })),
);
const HandoverScreen = lazy(() =>
  import('../screens/handover/HandoverScreen').then((m) => ({ default: m.HandoverScreen })),
);
const ReportsScreen = lazy(() =>
  import('../screens/reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })),
);

/**
 * The renderer's module registry: one line per module. Navigation, shortcuts, the F1 sheet, the header's badges,
 * routes, search results and i18n loop over it in the order of `moduleNames`; a module missing here fails to compile.
 */
export const rendererModules = {
  reception: rendererModule('reception', {
    functionKey: 'F2',
    shortcuts: [
      { keys: '↑ / ↓', label: 'move' },
      { keys: 'Ctrl+O', label: 'signOut' },
      { keys: 'Ctrl+P', label: 'evacuation' },
    ],
    screen: ReceptionScreen,
    messages: { 'zh-CN': receptionZhCN, en: receptionEn },
  }),
  calls: rendererModule('calls', {
    functionKey: 'F3',
    shortcuts: [
      { keys: 'Alt+N', label: 'new' },
      { keys: 'Alt+T', label: 'timer' },
    ],
    screen: CallsScreen,
    badge: CallbackBadge,
    messages: { 'zh-CN': callsZhCN, en: callsEn },
  }),
  storage: rendererModule('storage', {
    functionKey: 'F4',
    shortcuts: [{ keys: 'Alt+N', label: 'new' }],
    screen: StorageScreen,
    badge: StorageBadge,
    messages: { 'zh-CN': storageZhCN, en: storageEn },
  }),
  invoices: rendererModule('invoices', {
    functionKey: 'F6',
    shortcuts: [{ keys: 'Alt+N', label: 'new' }],
    screen: InvoicesScreen,
    badge: InvoicesBadge,
    messages: { 'zh-CN': invoicesZhCN, en: invoicesEn },
    errors: { 'zh-CN': invoicesErrorsZhCN, en: invoicesErrorsEn },
  }),
  returns: rendererModule('returns', {
    functionKey: 'F7',
    shortcuts: [{ keys: 'Alt+N', label: 'new' }],
    screen: ReturnsScreen,
    messages: { 'zh-CN': returnsZhCN, en: returnsEn },
  }),
  complaints: rendererModule('complaints', {
    functionKey: 'F8',
    shortcuts: [{ keys: 'Alt+N', label: 'new' }],
    screen: ComplaintsScreen,
    badge: ComplaintsBadge,
    messages: { 'zh-CN': complaintsZhCN, en: complaintsEn },
    errors: { 'zh-CN': complaintsErrorsZhCN, en: complaintsErrorsEn },
  }),
  lostfound: rendererModule('lostfound', {
    screen: LostfoundScreen,
    badge: LostfoundBadge,
    messages: { 'zh-CN': lostfoundZhCN, en: lostfoundEn },
    errors: { 'zh-CN': lostfoundErrorsZhCN, en: lostfoundErrorsEn },
  }),
  repairs: rendererModule('repairs', {
    shortcuts: [
      { keys: 'Alt+N', label: 'new' },
      { keys: 'Ctrl+P', label: 'print' },
      { keys: 'Alt+P', label: 'dispatch' },
      { keys: 'Alt+A', label: 'arrive' },
      { keys: 'Alt+C', label: 'complete' },
      { keys: 'Alt+H', label: 'followUp' },
      { keys: 'Alt+X', label: 'close' },
      { keys: 'Alt+E', label: 'edit' },
      { keys: 'Alt+V', label: 'void' },
    ],
    screen: RepairsScreen,
    badge: RepairsBadge,
    messages: { 'zh-CN': repairsZhCN, en: repairsEn },
    errors: { 'zh-CN': repairsErrorsZhCN, en: repairsErrorsEn },
  }),
  loans: rendererModule('loans', {
    screen: LoansScreen,
    badge: LoansBadge,
    messages: { 'zh-CN': loansZhCN, en: loansEn },
    errors: { 'zh-CN': loansErrorsZhCN, en: loansErrorsEn },
  }),
  announcements: rendererModule('announcements', {
    screen: AnnouncementsScreen,
    badge: AnnouncementsBadge,
    messages: { 'zh-CN': announcementsZhCN, en: announcementsEn },
    errors: { 'zh-CN': announcementsErrorsZhCN, en: announcementsErrorsEn },
  }),
  gifts: rendererModule('gifts', {
    screen: GiftsScreen,
    messages: { 'zh-CN': giftsZhCN, en: giftsEn },
    errors: { 'zh-CN': giftsErrorsZhCN, en: giftsErrorsEn },
  }),
  directory: rendererModule('directory', {
    screen: DirectoryScreen,
    messages: { 'zh-CN': directoryZhCN, en: directoryEn },
    errors: { 'zh-CN': directoryErrorsZhCN, en: directoryErrorsEn },
  }),
  releases: rendererModule('releases', {
    shortcuts: [
      { keys: 'Alt+N', label: 'new' },
      { keys: 'Ctrl+P', label: 'print' },
      { keys: 'Alt+C', label: 'check' },
      { keys: 'Alt+E', label: 'edit' },
      { keys: 'Alt+V', label: 'void' },
    ],
    screen: ReleasesScreen,
    badge: ReleasesBadge,
    messages: { 'zh-CN': releasesZhCN, en: releasesEn },
    errors: { 'zh-CN': releasesErrorsZhCN, en: releasesErrorsEn },
  }),
  passes: rendererModule('passes', {
    shortcuts: [
      { keys: 'Alt+N', label: 'new' },
      { keys: 'Ctrl+P', label: 'print' },
      { keys: 'Alt+R', label: 'return' },
      { keys: 'Alt+E', label: 'edit' },
      { keys: 'Alt+V', label: 'revoke' },
    ],
    screen: PassesScreen,
    badge: PassesBadge,
    messages: { 'zh-CN': passesZhCN, en: passesEn },
    errors: { 'zh-CN': passesErrorsZhCN, en: passesErrorsEn },
  }),
  renovations: rendererModule('renovations', {
    shortcuts: [
      { keys: 'Alt+N', label: 'new' },
      { keys: 'Ctrl+P', label: 'print' },
      { keys: 'Alt+A', label: 'approve' },
      { keys: 'Alt+I', label: 'inspect' },
      { keys: 'Alt+W', label: 'pass' },
      { keys: 'Alt+R', label: 'refund' },
      { keys: 'Alt+V', label: 'void' },
    ],
    screen: RenovationsScreen,
    badge: RenovationsBadge,
    messages: { 'zh-CN': renovationsZhCN, en: renovationsEn },
    errors: { 'zh-CN': renovationsErrorsZhCN, en: renovationsErrorsEn },
  }),
  customers: rendererModule('customers', {
    screen: CustomersScreen,
    badge: RevisitBadge,
    messages: { 'zh-CN': customersZhCN, en: customersEn },
    errors: { 'zh-CN': customersErrorsZhCN, en: customersErrorsEn },
  }),
  handover: rendererModule('handover', {
    functionKey: 'F9',
    screen: HandoverScreen,
    messages: { 'zh-CN': handoverZhCN, en: handoverEn },
  }),
  reports: rendererModule('reports', {
    functionKey: 'F10',
    shortcuts: [{ keys: 'Ctrl+P', label: 'print' }],
    screen: ReportsScreen,
    messages: { 'zh-CN': reportsZhCN, en: reportsEn },
  }),
} satisfies { [M in ModuleName]: RendererModule<M> };

/** The modules in the registry's order (the navigation's). */
export const modulesInOrder: RendererModule[] = moduleNames.map((name) => rendererModules[name]);

/** Where a record of a module opens: its screen, which shows the record found at `/<module>/<id>`. */
export function recordPath(module: ModuleName, id: string): string {
  return `${rendererModules[module].path}/${id}`;
}
