import { useEffect, useId } from 'react';

/** The forms on screen that hold typed input not yet saved (by a per-form id). */
const dirtyForms = new Set<string>();

/** Is any form on screen holding typed input? Opening another record from outside the form asks first then. */
export function anyFormDirty(): boolean {
  return dirtyForms.size > 0;
}

/** A form tells the shell whether it holds typed input; it stops counting when it unmounts. */
export function useDirtyMark(dirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (dirty) dirtyForms.add(id);
    else dirtyForms.delete(id);
    return () => {
      dirtyForms.delete(id);
    };
  }, [id, dirty]);
}
