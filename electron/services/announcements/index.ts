export { announcementsAttention, getAnnouncement, listAnnouncements } from './queries';
export {
  closeLostChild,
  logAnnouncement,
  readAgain,
  recordAnnouncementPrint,
  recordStep,
  updateAnnouncement,
  voidAnnouncement,
} from './records';
export { demoTemplates, getTemplate, listTemplates, saveTemplate } from './templates';
