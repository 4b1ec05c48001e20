import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { checkFileInWorker } from '../../electron/services/backup/verify-worker';
import { anonymiseOldVisits } from '../../electron/services/reception/retention';
import { updateVisit } from '../../electron/services/reception/visits';
import { getPolicy, writeSetting } from '../../electron/services/settings';
import { updateVisitInput } from '../../shared/contract/reception';
import { bruteForce } from '../helpers/audit-rekey';
import { freshDesk, type TestDesk } from '../helpers/db';
import { DAY, register } from '../helpers/reception';

/**
 * A visitor's phone in the audit log: a digest keyed with the visit's own key, which retention erases, so that an
 * anonymised phone cannot be found again by trying every mobile number, even by someone holding the whole data file.
 */

const PHONE = '13812345678';

function editPhone(desk: TestDesk, id: string, phone: string): void {
  const version = desk.ctx.sqlite.prepare('select version from visits where id = ?').pluck().get(id) as number;
  updateVisit(desk.ctx, desk.clerkByRole('clerk'), updateVisitInput.parse({ id, version, phone }));
}

const fileOf = (desk: TestDesk) => path.join(desk.dir, 'test.sqlite');
const checkpoint = (desk: TestDesk) => desk.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');

describe('visitor phones in the audit log', () => {
  it('are kept as a digest under the visit’s own key, never in clear nor as a plain hash', async () => {
    const desk = await freshDesk();
    const visit = register(desk, { phone: PHONE });
    const rows = desk.ctx.sqlite
      .prepare("select changes from audit_log where entity = 'visits' and entity_id = ?")
      .pluck()
      .all(visit.id) as string[];
    expect(rows.join('\n')).not.toContain(PHONE);
    expect(rows.join('\n')).not.toContain(createHash('sha256').update(PHONE).digest('hex').slice(0, 12));
    expect(JSON.parse(rows[0] as string).phone).toMatch(/^redacted:k:[0-9a-f]{16}$/);
    // The key is the visit's own: two visits with one phone have different digests.
    const again = register(desk, { phone: PHONE, visitorName: '李四' });
    const second = desk.ctx.sqlite
      .prepare("select changes from audit_log where entity = 'visits' and entity_id = ? and action = 'create'")
      .pluck()
      .get(again.id) as string;
    expect(JSON.parse(second).phone).not.toBe(JSON.parse(rows[0] as string).phone);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('an anonymised phone is not found by trying 20,000 mobile numbers around it against the data file alone', async () => {
    const desk = await freshDesk();
    writeSetting(desk.ctx, desk.clerkByRole('supervisor'), 'policy', {
      ...getPolicy(desk.ctx),
      visitorDataRetentionDays: 30,
    });
    const visit = register(desk, { phone: PHONE });
    // An edit moves the phone: the log then holds the digest of both numbers.
    editPhone(desk, visit.id, '13812345679');
    checkpoint(desk);
    // The bad case first: while the visit keeps its phone, its key is in the file and the search finds both numbers
    // (which is what shows that the search would find a phone whose key were still there).
    expect(bruteForce(fileOf(desk))).toEqual([PHONE, '13812345679']);
    desk.clock.advance(31 * DAY);
    expect(anonymiseOldVisits(desk.ctx)).toBe(1);
    checkpoint(desk);
    expect(bruteForce(fileOf(desk))).toEqual([]);
    expect(
      desk.ctx.sqlite.prepare('select key, erased_at from audit_record_keys where entity_id = ?').get(visit.id),
    ).toEqual({ key: '', erased_at: desk.clock.now() });
    // The chain and every record still verify, in the app and in the backup worker.
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
    expect(await checkFileInWorker(fileOf(desk), { integrity: true, from: null })).toMatchObject({ ok: true });
  });

  it('a phone changed behind the writer’s back is caught by the record check, in the app and in the worker', async () => {
    const desk = await freshDesk();
    const visit = register(desk, { phone: PHONE });
    desk.ctx.sqlite.prepare("update visits set phone = '13812345670' where id = ?").run(visit.id);
    checkpoint(desk);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: false, reasonKey: 'audit.recordChanged' });
    expect(await checkFileInWorker(fileOf(desk), { integrity: true, from: null })).toMatchObject({
      ok: false,
      reasonKey: 'audit.recordChanged',
    });
  });

  it('a visit written before keyed digests (no key) keeps verifying with its plain digest', async () => {
    const desk = await freshDesk();
    const visit = register(desk, { phone: PHONE });
    // As a database migrated from before: the visit has no key, and its next change is digested the older way.
    desk.ctx.sqlite.prepare('delete from audit_record_keys where entity_id = ?').run(visit.id);
    editPhone(desk, visit.id, '13812345679');
    const last = desk.ctx.sqlite
      .prepare("select changes from audit_log where entity = 'visits' and entity_id = ? order by seq desc limit 1")
      .pluck()
      .get(visit.id) as string;
    expect(JSON.parse(last).phone[1]).toMatch(/^redacted:[0-9a-f]{12}$/);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });
});
