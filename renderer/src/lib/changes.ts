/**
 * What an edit sends: the fields whose converted value differs from the one the form was opened with. A field the
 * clerk did not touch is left out, so main keeps its stored value (a start time stays to the second although the
 * form shows minutes).
 */
export function changedFields<T extends object>(opened: T, now: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(now) as (keyof T)[])
    if (JSON.stringify(now[key]) !== JSON.stringify(opened[key])) out[key] = now[key];
  return out;
}
