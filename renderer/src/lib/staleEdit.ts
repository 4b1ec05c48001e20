import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { newSubmissionKey } from '../api/hooks';
import i18n from '../i18n';
import { errorData, isStale, refusalText } from './apiErrors';

/**
 * A lost answer (the save may be stored: the form keeps its submission key, so sending again is safe) or a form
 * already saved: what the form says, or null for any other refusal.
 */
export function lostAnswerText(error: unknown): string | null {
  const key = errorData(error).messageKey;
  if (key === 'errors.network') return i18n.t('errors.maybeSaved');
  if (key === 'errors.alreadySaved') return i18n.t('errors.alreadySaved');
  return null;
}

/** A record an edit form is based on: main refuses the edit when the stored version has moved since. */
export interface Versioned {
  id: string;
  version: number;
}

/**
 * The record an edit form is based on, and what happens when main refuses the edit as stale: the refusal (who
 * changed which field since) is kept for the form to show, the module's queries refetch, and the current record
 * is loaded and handed to `onReloaded` so the form shows its values and the next save is based on them.
 */
export function useStaleEdit<V extends Versioned>(
  opened: V | null | undefined,
  options: { module: string; reload(id: string): Promise<V>; onReloaded(current: V): void },
) {
  const queryClient = useQueryClient();
  const [record, setRecord] = useState<V | null>(opened ?? null);
  const [refusal, setRefusal] = useState<string | null>(null);
  /**
   * True when `error` was handled in the form: a lost answer or a form already saved (said so), or a stale
   * refusal (shown, and the current record loaded).
   */
  const handled = (error: unknown): boolean => {
    const lost = lostAnswerText(error);
    if (lost) {
      setRefusal(lost);
      return true;
    }
    if (!isStale(error) || !record) return false;
    setRefusal(refusalText(error));
    void queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith(`${options.module}:`) });
    void options.reload(record.id).then((current) => {
      setRecord(current);
      options.onReloaded(current);
    });
    return true;
  };
  return { record, setRecord, refusal, setRefusal, handled };
}

/**
 * A create form's submission key, kept while the same form is sent again and renewed after a save, so a form
 * re-sent after a lost answer is not stored twice; and what the form says when the answer was lost.
 */
export function useSubmission() {
  const [key, setKey] = useState(newSubmissionKey);
  const [refusal, setRefusal] = useState<string | null>(null);
  /** After a save: the next form is a new submission. */
  const renew = () => {
    setKey(newSubmissionKey());
    setRefusal(null);
  };
  /** True when `error` was a lost answer or a form already saved, now said in the form. */
  const handled = (error: unknown): boolean => {
    const lost = lostAnswerText(error);
    if (lost) setRefusal(lost);
    return lost !== null;
  };
  return {
    key,
    refusal,
    setRefusal,
    renew,
    handled,
    /** The form's input with its key, for the mutation; clears what the form said about the last sending. */
    keyed: <I extends object>(input: I): I & { __submission: string } => {
      setRefusal(null);
      return { ...input, __submission: key };
    },
    /**
     * The mutation's callbacks: a save renews the key, then `onSaved`; a lost answer or a form already saved is
     * said in the form; any other refusal goes to `onRefused`.
     */
    callbacks: <T>(onSaved: (result: T) => void, onRefused: (error: unknown) => void) => ({
      onSuccess: (result: T) => {
        renew();
        onSaved(result);
      },
      onError: (error: unknown) => {
        if (!handled(error)) onRefused(error);
      },
    }),
  };
}
