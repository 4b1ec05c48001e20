import { afterEach } from 'vitest';
import { reportFailure } from './harness';

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await reportFailure(task.name);
});
