import { Center, Loader } from '@mantine/core';
import { useApiQuery } from './api/hooks';
import { Shell } from './frame/Shell';
import { RecoveryScreen } from './screens/recovery/RecoveryScreen';
import { LockScreen } from './screens/session/LockScreen';
import { LoginScreen } from './screens/session/LoginScreen';

/** Recovery when the database cannot be opened; otherwise login, lock screen, or the desk. */
export function App() {
  const status = useApiQuery('app:status', {});
  const session = useApiQuery('session:current', {}, { enabled: status.data?.state === 'ready' });
  if (status.isPending || (status.data?.state === 'ready' && session.isPending)) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (status.data?.state === 'recovery') return <RecoveryScreen status={status.data} />;
  if (!session.data) return <LoginScreen />;
  return (
    <>
      <Shell session={session.data} mode={status.data?.mode ?? 'browser'} />
      {session.data.locked && <LockScreen session={session.data} />}
    </>
  );
}
