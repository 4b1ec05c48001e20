/** Checks a generated data file: integrity_check, the audit chain and every record against its last entry. */
import Database from 'better-sqlite3';
import { verifyAuditChain } from '../electron/services/audit/verify';

const file = process.argv[2] ?? '.bench-data/large.sqlite';
const sqlite = new Database(file, { readonly: true });
const began = Date.now();
console.log('integrity_check:', sqlite.pragma('integrity_check', { simple: true }));
console.log('audit chain:', JSON.stringify(verifyAuditChain(sqlite)));
console.log(
  `checked in ${((Date.now() - began) / 1000).toFixed(1)} s, rss peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
sqlite.close();
