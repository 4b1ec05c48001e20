import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from './api/hooks';
import { Shell } from './frame/Shell';
import { RecoveryScreen } from './screens/recovery/RecoveryScreen';
import { LockScreen } from './screens/session/LockScreen';
import { LoginScreen } from './screens/session/LoginScreen';

/** Recovery when the database cannot be opened; otherwise login, lock screen, or the desk. */
export function App() {
  const { t } = useTranslation();
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
  // Opened with a token this service no longer has (its token file was removed): say so instead of an empty login.
  if (status.error?.data.code === 'untrusted_sender')
    return (
      <Center h="100vh" p="xl">
        <Text role="alert">{t('app.staleAddress')}</Text>
      </Center>
    );
  if (!session.data) return <LoginScreen />;
  return (
    <>
      <Shell session={session.data} mode={status.data?.mode ?? 'browser'} />
      {session.data.locked && <LockScreen session={session.data} />}
    </>
  );
}
