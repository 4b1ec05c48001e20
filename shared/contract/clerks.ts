import { z } from 'zod';
import { channel } from './channel';
import { idSchema, pinSchema, requiredText, versionedBy, versionSchema } from './fields';
import { type Role, roleSchema } from './roles';

export interface ClerkView {
  id: string;
  /** Sent back with an edit: one based on an older version (another supervisor's edit since) is refused. */
  version: number;
  name: string;
  employeeNo: string;
  role: Role;
  active: boolean;
  lockedUntil: number | null;
}

export const clerkInput = z.object({
  name: requiredText(30),
  employeeNo: z
    .string({ error: 'errors.required' })
    .trim()
    .regex(/^[A-Za-z0-9-]{1,20}$/, 'errors.employeeNoFormat'),
  role: roleSchema,
  pin: pinSchema,
});

export const clerksContract = {
  'clerks:list': channel<ClerkView[]>()(z.object({ includeInactive: z.boolean().default(true) }), 'session'),
  'clerks:add': channel<ClerkView>()(clerkInput, 'supervisor'),
  'clerks:update': channel<ClerkView>()(
    z.object({ id: idSchema, version: versionSchema, name: requiredText(30), role: roleSchema, active: z.boolean() }),
    'supervisor',
    { versioned: versionedBy('clerks') },
  ),
  'clerks:resetPin': channel<ClerkView>()(z.object({ id: idSchema, pin: pinSchema }), 'supervisor'),
};
