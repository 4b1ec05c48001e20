import { Alert } from '@mantine/core';

/**
 * A refusal from main that no field of the open form shows (a stale edit, a wrong approver's PIN, a status another
 * tab has changed, a save whose answer was lost): shown in the form itself, where the clerk is looking.
 */
export function FormRefusal({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" p="xs">
      {message}
    </Alert>
  );
}
