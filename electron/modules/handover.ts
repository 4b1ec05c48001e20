import { mainModule } from '../app/module';
import { effectiveBackupFolder, runBackup } from '../services/backup/backup';
import { getClerk } from '../services/clerks';
import { AppError } from '../services/errors';
import {
  closeHandover,
  closingWarnings,
  getHandover,
  getHandoverSettings,
  listHandovers,
  previewHandover,
  recordHandoverPrinted,
  saveHandoverPdf,
  saveHandoverSettings,
} from '../services/handover';
import { handoverEntities } from '../services/handover/entities';
import { sessionView } from '../services/session';
import { syncedEntities } from '../services/sync/module-sync';
import { write } from '../services/write';

export const handoverMain = mainModule('handover', {
  handlers: {
    'handover:preview': (_input, { ctx, actor }) => previewHandover(ctx, actor()),
    'handover:closingWarnings': (_input, { ctx }) => closingWarnings(ctx, ctx.clock.now()),
    'handover:close': async (input, { ctx, actor, runtime, session }) => {
      const outgoing = actor();
      const { handover, incomingShift } = closeHandover(ctx, outgoing, input);
      // The desk passes to the incoming clerk, or, at end of day, nobody is logged in any more.
      if (incomingShift) {
        const clerk = getClerk(ctx, incomingShift.clerkId);
        session.current = {
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
        // The clerk still sees the result, prints and saves the sheet; the session ends when they leave it.
        const ending = session.current;
        if (ending) session.current = { ...ending, endedDay: true, locked: false };
      }
      let backupOk = true;
      try {
        await runBackup(ctx, outgoing, { folder: effectiveBackupFolder(ctx, runtime.backupDir), kind: 'shift' });
      } catch (error) {
        // The handover is saved whatever happens to the copy; the failure is logged and shown, not fatal.
        backupOk = false;
        console.error('shift backup after handover failed', error);
      }
      // Who is at the desk now: the incoming clerk, or at the end of the day nobody.
      return { handover, session: incomingShift ? sessionView(ctx, session.current) : null, backupOk };
    },
    'handover:list': (input, { ctx }) => listHandovers(ctx, input.limit),
    'handover:get': (input, { ctx }) => getHandover(ctx, input.id),
    'handover:printed': (input, { ctx, actor, session }) => {
      const state = session.current;
      if (state?.locked) throw new AppError('unauthenticated', 'errors.screenLocked');
      return recordHandoverPrinted(ctx, state ? actor() : null, input.id, input.reprint);
    },
    'handover:savePdf': (input, { ctx, actor, runtime, session }) => {
      const state = session.current;
      if (state?.locked) throw new AppError('unauthenticated', 'errors.screenLocked');
      return saveHandoverPdf(ctx, state ? actor() : null, input, runtime.options.printToPdf);
    },
    'handover:settings': (_input, { ctx }) => getHandoverSettings(ctx),
    'handover:saveSettings': (input, { ctx, actor }) => saveHandoverSettings(ctx, actor(), input),
  },
  sync: syncedEntities(handoverEntities),
});
