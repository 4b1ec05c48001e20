import type { dataExportErrorsZhCN, dataExportZhCN, handoverPdfZhCN } from './export-messages.zh-CN';

export const dataExportEn: typeof dataExportZhCN = {
  title: 'Data export (Excel)',
  hint: 'Exports every record of the chosen days (unmasked, for the owner’s records), one .xlsx file per module. Keep the files safe.',
  from: 'From',
  to: 'To',
  modules: 'Modules',
  moduleNames: {
    reception: 'Visitors',
    calls: 'Phone log',
    storage: 'Storage',
    invoices: 'Invoice requests',
    returns: 'Returns and exchanges',
    complaints: 'Complaints (with timeline)',
    lostfound: 'Lost and found (items and loss reports)',
    repairs: 'Repair work orders',
    loans: 'Loans',
    announcements: 'Announcements (with lost-child steps)',
    gifts: 'Gifts and draws (redemptions, draws, ledger)',
    directory: 'Shops and answers (directory and common answers)',
    releases: 'Goods release passes',
    passes: 'Worker and vehicle passes',
    renovations: 'Renovation permits',
    audit: 'Audit log',
  },
  folder: 'Export folder',
  folderHint: 'Empty means the exports folder beside the backup folder. Now: {{folder}}',
  run: 'Export',
  running: 'Exporting…',
  done: 'Exported to {{folder}}',
  resultTitle: 'Written to {{folder}}',
  file: 'File',
  rows: 'Records',
  size: 'Size',
};

export const handoverPdfEn: typeof handoverPdfZhCN = {
  folder: 'Handover PDF folder',
  folderHint:
    'When set, the desktop app saves the handover sheet as a PDF here after each shift close; empty saves none.',
  save: 'Save PDF',
  saved: 'Handover sheet saved as {{file}}',
  noFolder: 'No handover PDF folder is set: a supervisor can set one on the handover history tab.',
  browserHint: 'Browser mode cannot save the PDF itself: press Print and choose “Save as PDF” in the print dialog.',
  failed: 'The handover is saved, but the PDF could not be written: {{reason}}',
};

export const dataExportErrorsEn: typeof dataExportErrorsZhCN = {
  exportRangeOrder: 'The end date cannot be before the start date',
  chooseModule: 'Choose at least one module',
  exportFolder:
    'The export folder cannot be written. Check that the USB drive or network share is connected, or choose another folder in settings.',
  exportWrite:
    'The export did not finish; the unfinished files were removed and the data in the database is untouched. Please try again.',
  handoverPdfFolder:
    'The handover PDF folder cannot be written. Check the folder setting or that the USB drive is connected.',
  handoverPdfWrite:
    'Saving the PDF failed. The handover itself is saved; save the PDF again later from the handover list.',
};
