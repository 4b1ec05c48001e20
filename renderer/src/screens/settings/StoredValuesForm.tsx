import type { FormEventHandler, ReactNode } from 'react';

/**
 * A settings form whose fields wait for the stored values. Before, a choice made while they were still loading was
 * overwritten when they arrived, and the save then stored the old value without a word.
 */
export function StoredValuesForm({
  loaded,
  onSubmit,
  label,
  children,
}: {
  loaded: boolean;
  /** The form's name for assistive technology (its heading's words). */
  label?: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} aria-busy={!loaded} aria-label={label}>
      <fieldset disabled={!loaded} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        {children}
      </fieldset>
    </form>
  );
}
