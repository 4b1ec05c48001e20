import { notifications } from '@mantine/notifications';
import { invoke } from '../../api/client';
import i18n from '../../i18n';
import { showApiError } from '../../lib/apiErrors';

/**
 * Asks main to save the sheet on show as PDF into the handover folder. After a close (`auto`) it stays quiet unless
 * a PDF was written or writing failed; asked by the clerk, it also says why nothing was saved (browser mode: use
 * the print dialog's "save as PDF"; no folder set).
 */
export function saveHandoverPdf(id: string, options: { reprint: boolean; auto: boolean }): void {
  invoke('handover:savePdf', { id, reprint: options.reprint })
    .then((result) => {
      if (result.saved)
        notifications.show({ color: 'green', message: i18n.t('handoverPdf.saved', { file: result.file }) });
      else if (!options.auto)
        notifications.show({
          color: 'blue',
          autoClose: 10_000,
          message: i18n.t(result.reason === 'browser' ? 'handoverPdf.browserHint' : 'handoverPdf.noFolder'),
        });
    })
    .catch((e) => showApiError(e));
}
