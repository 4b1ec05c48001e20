import { mainModule } from '../app/module';
import { effectiveBackupFolder, runBackup } from '../services/backup/backup';
import { getClerk } from '../services/clerks';
import { AppError } from '../services/errors';
import {
  closeHandover,
  getHandover,
  getHandoverSettings,
  listHandovers,
  previewHandover,
  recordHandoverPrinted,
  saveHandoverPdf,
  saveHandoverSettings,
} from '../services/handover';
import { sessionView } from '../services/session';
import { write } from '../services/write';

export const handoverMain = mainModule('handover', {
  handlers: {
    'handover:preview': (_input, { ctx, actor }) => previewHandover(ctx, actor()),
    'handover:close': async (input, { ctx, actor, runtime }) => {
      const outgoing = actor();
      const { handover, incomingShift } = closeHandover(ctx, outgoing, input);
      // The desk passes to the incoming clerk, or, at end of day, nobody is logged in any more.
      if (incomingShift) {
        const clerk = getClerk(ctx, incomingShift.clerkId);
        runtime.session.current = {
          clerkId: clerk.id,
          shiftId: incomingShift.id,
          counterId: incomingShift.counterId,
          locked: false,
        };
        const incomingActor = {
          clerkId: clerk.id,
          name: clerk.name,
          role: clerk.role,
          shiftId: incomingShift.id,
          counterId: incomingShift.counterId,
        };
        write(ctx, incomingActor, (tx) => tx.event('clerks', clerk.id, 'login at handover', {}, 'login'));
      } else {
        write(ctx, { ...outgoing, shiftId: null }, (tx) =>
          tx.event('clerks', outgoing.clerkId, 'logout at end of day', {}, 'login'),
        );
        runtime.session.current = null;
      }
      let backupOk = true;
      try {
        await runBackup(ctx, outgoing, { folder: effectiveBackupFolder(ctx, runtime.backupDir), kind: 'shift' });
      } catch (error) {
        // The handover is saved whatever happens to the copy; the failure is logged and shown, not fatal.
        backupOk = false;
        console.error('shift backup after handover failed', error);
      }
      return { handover, session: sessionView(ctx, runtime.session.current), backupOk };
    },
    'handover:list': (input, { ctx }) => listHandovers(ctx, input.limit),
    'handover:get': (input, { ctx }) => getHandover(ctx, input.id),
    'handover:printed': (input, { ctx, actor, runtime }) => {
      const session = runtime.session.current;
      if (session?.locked) throw new AppError('unauthenticated', 'errors.screenLocked');
      return recordHandoverPrinted(ctx, session ? actor() : null, input.id, input.reprint);
    },
    'handover:savePdf': (input, { ctx, actor, runtime }) => {
      const session = runtime.session.current;
      if (session?.locked) throw new AppError('unauthenticated', 'errors.screenLocked');
      return saveHandoverPdf(ctx, session ? actor() : null, input, runtime.options.printToPdf);
    },
    'handover:settings': (_input, { ctx }) => getHandoverSettings(ctx),
    'handover:saveSettings': (input, { ctx, actor }) => saveHandoverSettings(ctx, actor(), input),
  },
});
