import { mainModule } from '../app/module';
import {
  announcementsAttention,
  closeLostChild,
  getAnnouncement,
  listAnnouncements,
  listTemplates,
  logAnnouncement,
  readAgain,
  recordAnnouncementPrint,
  recordStep,
  saveTemplate,
  updateAnnouncement,
  voidAnnouncement,
} from '../services/announcements';
import { announcementsEntities } from '../services/announcements/entities';
import { announcementsExport } from '../services/announcements/export';
import { announcementsSection } from '../services/announcements/handover-section';
import { indexAnnouncement } from '../services/announcements/records';
import { announcementsReport } from '../services/announcements/report-section';
import { reindexed, syncedEntities } from '../services/sync/module-sync';

export const announcementsMain = mainModule('announcements', {
  handlers: {
    'announcements:templates': (input, { ctx }) => listTemplates(ctx, input.includeInactive),
    'announcements:saveTemplate': (input, { ctx, actor }) => saveTemplate(ctx, actor(), input),
    'announcements:log': (input, { ctx, actor }) => logAnnouncement(ctx, actor(), input),
    'announcements:update': (input, { ctx, actor }) => updateAnnouncement(ctx, actor(), input),
    'announcements:read': (input, { ctx, actor }) => readAgain(ctx, actor(), input.id),
    'announcements:step': (input, { ctx, actor }) => recordStep(ctx, actor(), input),
    'announcements:close': (input, { ctx, actor }) => closeLostChild(ctx, actor(), input),
    'announcements:get': (input, { ctx }) => getAnnouncement(ctx, input.id),
    'announcements:list': (input, { ctx }) => listAnnouncements(ctx, input),
    'announcements:void': (input, { ctx, actor }) => voidAnnouncement(ctx, actor(), input),
    'announcements:printed': (input, { ctx, actor }) => recordAnnouncementPrint(ctx, actor(), input.id),
    'announcements:attention': (_input, { ctx }) => announcementsAttention(ctx),
  },
  handover: announcementsSection,
  report: announcementsReport,
  export: announcementsExport,
  // Announcements and lost-child records from another counter are found by Ctrl+K here too.
  sync: syncedEntities(announcementsEntities, {
    announcements: reindexed(announcementsEntities.announcements, indexAnnouncement),
  }),
});
