import { Box, Group, Paper, Stack, Tabs, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { CallList } from './CallList';
import { CustomerDetail } from './CustomerDetail';
import { CustomerForm } from './CustomerForm';
import { CustomerList } from './CustomerList';
import { CustomersAdmin } from './CustomersAdmin';
import { SurveyFormsAdmin } from './SurveyFormsAdmin';
import { SurveyPanel } from './SurveyPanel';
import { SurveyResponseDetail } from './SurveyResponseDetail';

const PANEL_HEIGHT = 'calc(100vh - 150px)';
type Tab = 'files' | 'visits' | 'surveys' | 'admin';
const tabs: readonly Tab[] = ['visits', 'surveys', 'admin'];

function decode(part: string | undefined): string {
  if (!part) return '';
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

/**
 * Routes inside /customers: `/` files (list + new file or a file), `/new/<phone>/<name>` a new file filled in from
 * another form, `/<id>` a file (search, history), `/visits` the day's call list (`/visits/<id>` opened on one
 * return visit), `/surveys` a survey at the counter (`/surveys/<id>` one answered survey, from the record it is
 * about or the file), `/admin` grades, rules and questionnaires.
 */
export function CustomersScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const parts = location.split('/').filter(Boolean);
  const first = parts[0] ?? '';
  const tab: Tab = tabs.find((x) => x === first) ?? 'files';
  const prefill = first === 'new' ? { phone: decode(parts[1]), name: decode(parts[2]) } : null;
  const routeId = tab === 'files' && first && first !== 'new' ? first : null;
  const subId = tab === 'visits' || tab === 'surveys' ? (parts[1] ?? null) : null;
  const [openId, setOpenId] = useState<string | null>(routeId);
  const [formKey, setFormKey] = useState(0);
  const timeZone = session.site.timeZone;
  const role = session.clerk.role;
  useEffect(() => {
    if (routeId) setOpenId(routeId);
  }, [routeId]);
  const isNew = first === 'new';
  useEffect(() => {
    if (isNew) setOpenId(null);
  }, [isNew]);
  return (
    <Box>
      <Title order={3} mb={4}>
        {t('customers.title')}
      </Title>
      <Tabs value={tab} onChange={(v) => navigate(tabs.find((x) => x === v) ? `/${v}` : '/')} keepMounted={false}>
        <Tabs.List mb={6}>
          <Tabs.Tab value="files">{t('customers.tabs.files')}</Tabs.Tab>
          <Tabs.Tab value="visits">{t('customers.tabs.visits')}</Tabs.Tab>
          <Tabs.Tab value="surveys">{t('customers.tabs.surveys')}</Tabs.Tab>
          {hasRole(role, 'supervisor') && <Tabs.Tab value="admin">{t('customers.tabs.admin')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="files">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <Box style={{ flex: 1, minWidth: 0 }}>
              <CustomerList
                selectedId={openId}
                height={PANEL_HEIGHT}
                onOpen={setOpenId}
                onNew={() => {
                  setOpenId(null);
                  setFormKey((k) => k + 1);
                  if (first) navigate('/');
                }}
              />
            </Box>
            <Paper withBorder p="sm" w={520} style={{ flexShrink: 0 }}>
              <Box mah="calc(100vh - 130px)" style={{ overflowY: 'auto', overflowX: 'hidden' }}>
                {openId ? (
                  <CustomerDetail
                    key={openId}
                    id={openId}
                    timeZone={timeZone}
                    canExport={hasRole(role, 'supervisor')}
                    onClose={() => {
                      setOpenId(null);
                      if (routeId) navigate('/');
                    }}
                  />
                ) : (
                  <CustomerForm
                    key={`${formKey}-${prefill?.phone ?? ''}-${prefill?.name ?? ''}`}
                    file={null}
                    prefill={prefill ?? undefined}
                    onSaved={(file) => {
                      setOpenId(file.id);
                      if (first) navigate('/');
                    }}
                  />
                )}
              </Box>
            </Paper>
          </Group>
        </Tabs.Panel>
        <Tabs.Panel value="visits">
          <CallList
            key={subId ?? ''}
            timeZone={timeZone}
            height={PANEL_HEIGHT}
            canCancel={hasRole(role, 'lead')}
            planId={subId}
          />
        </Tabs.Panel>
        <Tabs.Panel value="surveys">
          <Paper withBorder p="sm" maw={subId ? 640 : 560}>
            {subId ? (
              <SurveyResponseDetail key={subId} id={subId} timeZone={timeZone} onClose={() => navigate('/surveys')} />
            ) : (
              <SurveyPanel sourceModule="counter" sourceRef={null} title={t('customers.survey.counterTitle')} />
            )}
          </Paper>
        </Tabs.Panel>
        {hasRole(role, 'supervisor') && (
          <Tabs.Panel value="admin">
            <Stack gap="sm">
              <CustomersAdmin />
              <SurveyFormsAdmin />
            </Stack>
          </Tabs.Panel>
        )}
      </Tabs>
    </Box>
  );
}
