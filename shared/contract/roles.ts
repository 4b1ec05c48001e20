import { z } from 'zod';

export const roles = ['clerk', 'lead', 'supervisor', 'manager'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export function roleRank(role: Role): number {
  return roles.indexOf(role);
}

export function hasRole(actual: Role, needed: Role): boolean {
  return roleRank(actual) >= roleRank(needed);
}
