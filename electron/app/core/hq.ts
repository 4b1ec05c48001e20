import type { hqContract } from '../../../shared/contract/hq';
import {
  hqConnectionView,
  savedHqConnection,
  saveHqConnection,
  testHqConnection,
  withHq,
  withSavedPassword,
} from '../../services/hq/connection';
import { crossSiteReport } from '../../services/hq/reports';
import type { HandlerMap } from '../types';

/** Head office from the desk: its PostgreSQL connection (a supervisor's setting) and the reports across sites. */
export const hqHandlers = {
  'hq:connection': (_input, { ctx }) => hqConnectionView(ctx.sqlite),
  'hq:saveConnection': (input, { ctx }) => saveHqConnection(ctx.sqlite, input, ctx.clock.now()),
  'hq:testConnection': (input, { ctx }) => testHqConnection(withSavedPassword(ctx.sqlite, input)),
  'hq:configured': (_input, { ctx }) => ({ configured: hqConnectionView(ctx.sqlite).configured }),
  'hq:report': (input, { ctx }) => withHq(savedHqConnection(ctx.sqlite), (client) => crossSiteReport(client, input)),
} satisfies HandlerMap<typeof hqContract>;
