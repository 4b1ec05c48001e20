/** 删除个人信息: a customer's request to be forgotten (PIPL art. 47), carried out on their file and this module's records. */
import type { z } from 'zod';
import type { CustomerFileView, forgetCustomerInput } from '../../../shared/contract/customers';
import { auditHead } from '../audit/log';
import { eraseRecordKey } from '../audit/record-keys';
import {
  applyScrubs,
  ERASED,
  maskPerson,
  planScrubs,
  SCRUB_ATTESTATION,
  type ScrubTarget,
  scrubAttestation,
} from '../audit/scrub';
import { approveWithPin } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { blankKeptStates } from '../sync/outbox';
import { type WriteTx, write } from '../write';
import { loadFile, loadRow } from './file-read';
import { assertLive, indexFile } from './file-write';
import { eraseFromModules } from './forget-records';

/** What a forgotten file keeps of the person: nothing but its number, grade, consent record and dates. */
const BLANK_FILE = { name: '', company: '', tags: '[]', notes: '', preferredContactTime: '' };

const pluck = (ctx: ServiceContext, sql: string, ...params: unknown[]) =>
  ctx.sqlite
    .prepare(sql)
    .pluck()
    .all(...params) as string[];

/** The file and every file merged into it (or into one merged into it): all hold the same person. */
function filesOfPerson(ctx: ServiceContext, id: string): string[] {
  return pluck(
    ctx,
    `with recursive person(id) as (select ? union select c.id from customers c join person p on c.merged_into = p.id)
     select id from person`,
    id,
  );
}

/** Blanks the columns in the row and in the states kept beside the log for other counters, and erases its key. */
function blank<E extends 'customers' | 'customerPhones' | 'customerUnits' | 'surveyResponses' | 'revisitPlans'>(
  tx: WriteTx,
  ctx: ServiceContext,
  targets: ScrubTarget[],
  entity: E,
  id: string,
  patch: Record<string, unknown>,
  blanked: Record<string, unknown>,
  note: string,
) {
  const { after } = tx.update(entity, id, patch as never, { action: 'status', note });
  blankKeptStates(ctx.sqlite, entity, id, blanked);
  eraseRecordKey(ctx.sqlite, entity, id, tx.now);
  targets.push({ entity, entityId: id, columns: Object.keys(blanked) });
  return after;
}

/**
 * Anonymises one person at their request: the file (and any merged into it) loses name, company, tags, notes and
 * contact time, its numbers are blanked and retired; the surveys and return visits of the file or its numbers lose
 * name and number (planned visits are cancelled: nobody is to be called). Records stay, so counts stay: the file
 * number, grade and consent record, the survey answers and visit results. Search no longer finds the person by name
 * or number. A supervisor does it with the reason and a lead's PIN; a file already forgotten or merged away is
 * refused (the kept file is the one to forget).
 */
export function forgetFile(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof forgetCustomerInput>,
): CustomerFileView {
  const approver = approveWithPin(ctx, actor, input.approval, 'lead');
  write(ctx, actor, (tx) => {
    const file = loadRow(ctx, input.id);
    // A deleted search entry's words leave the full-text index at once, not at its next merge.
    ctx.sqlite.prepare("insert into search_fts (search_fts, rank) values ('secure-delete', 1)").run();
    assertLive(file);
    const ids = filesOfPerson(ctx, file.id);
    const marks = ids.map(() => '?').join(', ');
    const phones = pluck(ctx, `select distinct phone from customer_phones where customer_id in (${marks})`, ...ids);
    const phoneMarks = phones.map(() => '?').join(', ') || "''";
    const names = pluck(ctx, `select name from customers where id in (${marks}) and name <> ''`, ...ids);
    // The reason is the entries' note: the person's name or number typed into it is masked.
    const note = maskPerson(input.reason, names, phones);
    const targets: ScrubTarget[] = [];
    for (const id of ids) {
      const after = blank(
        tx,
        ctx,
        targets,
        'customers',
        id,
        { ...BLANK_FILE, status: 'forgotten', mergedInto: null, forgottenAt: tx.now, forgottenBy: approver.id },
        BLANK_FILE,
        note,
      );
      indexFile(tx, after, [], []);
    }
    for (const phoneId of pluck(ctx, `select id from customer_phones where customer_id in (${marks})`, ...ids))
      blank(
        tx,
        ctx,
        targets,
        'customerPhones',
        phoneId,
        { phone: '', note: '', active: false },
        { phone: '', note: '' },
        note,
      );
    // The tie to a unit says where the person lives: each link ends and loses its unit (the unit's own records stay).
    const units = ctx.sqlite
      .prepare(`select id, unit from customer_units where customer_id in (${marks})`)
      .all(...ids) as { id: string; unit: string }[];
    for (const link of units)
      blank(tx, ctx, targets, 'customerUnits', link.id, { unit: ERASED, active: false }, { unit: ERASED }, note);
    const surveys = pluck(
      ctx,
      `select id from survey_responses
       where (customer_id in (${marks}) or phone in (${phoneMarks})) and (name <> '' or phone <> '')`,
      ...ids,
      ...phones,
    );
    for (const surveyId of surveys)
      blank(tx, ctx, targets, 'surveyResponses', surveyId, { name: '', phone: '' }, { name: '', phone: '' }, note);
    const plans = ctx.sqlite
      .prepare(
        `select id, status from revisit_plans
         where (customer_id in (${marks}) or phone in (${phoneMarks})) and (name <> '' or phone <> '')`,
      )
      .all(...ids, ...phones) as { id: string; status: string }[];
    for (const plan of plans) {
      const cancel =
        plan.status === 'planned'
          ? {
              status: 'cancelled',
              cancelReason: note,
              closedAt: tx.now,
              closedBy: actor.clerkId,
              closedShiftId: actor.shiftId,
            }
          : {};
      blank(
        tx,
        ctx,
        targets,
        'revisitPlans',
        plan.id,
        { name: '', phone: '', ...cancel },
        { name: '', phone: '' },
        note,
      );
    }
    // Every other module's records that name the person by one of their numbers (the registry's `people`).
    const modules = eraseFromModules(tx, ctx, phones, names, note);
    // A free-text answer of the person's surveys may name them or give their number: masked where it does.
    const answers = ctx.sqlite
      .prepare(
        `select a.id, a.comment from survey_answers a join survey_responses r on r.id = a.response_id
         where (r.customer_id in (${marks}) or r.id in (select value from json_each(?))) and a.comment <> ''`,
      )
      .all(...ids, JSON.stringify(surveys)) as { id: string; comment: string }[];
    for (const answer of answers) {
      const comment = maskPerson(answer.comment, modules.values, phones);
      if (comment === answer.comment) continue;
      tx.update('surveyAnswers', answer.id, { comment }, { action: 'status', note });
      blankKeptStates(ctx.sqlite, 'surveyAnswers', answer.id, { comment });
      targets.push({ entity: 'surveyAnswers', entityId: answer.id, columns: [] });
    }
    // The log: each entry of these records loses the person's values; this entry attests what they hash to now.
    // The file's own entries (its unit events) also lose the units; other modules' entries keep a unit they name.
    const scrubs = [
      ...planScrubs(ctx.sqlite, targets, [...modules.values, ...units.map((x) => x.unit)], phones),
      ...planScrubs(ctx.sqlite, modules.targets, modules.values, phones),
    ];
    // How many records were anonymised is kept (a count names nobody); who approved it and why (masked).
    tx.event('customers', file.id, 'forgotten', {
      fileNo: file.fileNo,
      // The approving lead by id: the history names them (and a later rename stays right).
      approver: approver.id,
      reason: maskPerson(note, modules.values, phones),
      count: ids.length + units.length + surveys.length + answers.length + plans.length + modules.targets.length,
      [SCRUB_ATTESTATION]: scrubAttestation(scrubs),
    });
    applyScrubs(ctx.sqlite, scrubs, auditHead(ctx.sqlite).count);
  });
  // The old pages of the rows leave the write-ahead log for the file (where secure_delete has zeroed what was freed),
  // and the log is emptied, so neither file keeps the person's values.
  ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return loadFile(ctx, input.id);
}
