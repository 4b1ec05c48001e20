import { z } from 'zod';
import { channel } from './channel';
import { idSchema, pinSchema, requiredText } from './fields';
import { type Role, roleSchema } from './roles';

export interface ClerkView {
  id: string;
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
    z.object({ id: idSchema, name: requiredText(30), role: roleSchema, active: z.boolean() }),
    'supervisor',
  ),
  'clerks:resetPin': channel<ClerkView>()(z.object({ id: idSchema, pin: pinSchema }), 'supervisor'),
};
