import {
  defaultRenovationDocuments,
  type RenovationSettings,
  renovationSettingsSchema,
} from '../../../shared/contract/renovations';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError } from '../errors';
import { readSetting, writeSetting } from '../settings';

const defaults: RenovationSettings = { documents: [...defaultRenovationDocuments] };

/** The documents checked before a permit is approved (a supervisor keeps the list). */
export function getRenovationSettings(ctx: ServiceContext): RenovationSettings {
  return readSetting(ctx, 'renovations', defaults, (v) => renovationSettingsSchema.parse(v));
}

export function saveRenovationSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: RenovationSettings,
): RenovationSettings {
  if (!hasRole(actor.role, 'supervisor'))
    throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'supervisor' });
  const documents = [...new Set(input.documents.map((d) => d.trim()).filter(Boolean))];
  writeSetting(ctx, actor, 'renovations', renovationSettingsSchema.parse({ documents }));
  return getRenovationSettings(ctx);
}
