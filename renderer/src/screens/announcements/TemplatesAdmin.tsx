import { Button, Checkbox, Group, NativeSelect, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  type AnnouncementKind,
  type AnnouncementTemplateView,
  announcementKindValues,
  templateInput,
} from '../../../../shared/contract/announcements';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey, labelOptions } from '../../app/labels';
import { ListWithSide } from '../../components/ListWithSide';
import { isStale, showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';

interface TemplateValues {
  id: string | null;
  /** The version the form was opened on: a save over a newer one is refused, naming who changed it. */
  version: number | null;
  kind: AnnouncementKind;
  name: string;
  text: string;
  active: boolean;
}

const blank: TemplateValues = { id: null, version: null, kind: 'person', name: '', text: '', active: true };

/** Supervisors keep the announcement texts; a click on a row edits it. */
export function TemplatesAdmin() {
  const { t } = useTranslation();
  const templates = useApiQuery('announcements:templates', { includeInactive: true });
  const save = useApiMutation('announcements:saveTemplate', ['announcements:', 'audit:']);
  const form = useForm<TemplateValues>({ initialValues: blank });
  const editing = form.getValues().id !== null;
  const title = editing ? t('announcements.templates.edit') : t('announcements.templates.add');
  const edit = (tpl: AnnouncementTemplateView) =>
    form.setValues({
      id: tpl.id,
      version: tpl.version,
      kind: tpl.kind,
      name: tpl.name,
      text: tpl.text,
      active: tpl.active,
    });
  const submit = () => {
    const checked = checkWith(templateInput, form.getValues());
    if (!checked.ok) return form.setErrors(checked.errors);
    save.mutate(checked.input, {
      onSuccess: (tpl) => {
        notifications.show({ color: 'green', message: t('announcements.templates.saved', { name: tpl.name }) });
        form.setValues(blank);
      },
      onError: (e) => {
        showApiError(e, form);
        // Changed since the form was opened: it shows the template as it is now, so the change can be redone.
        if (isStale(e))
          void templates.refetch().then((r) => {
            const fresh = r.data?.find((tpl) => tpl.id === checked.input.id);
            if (fresh) edit(fresh);
          });
      },
    });
  };
  const rows = templates.data ?? [];
  return (
    <ListWithSide
      list={
        <Table striped highlightOnHover verticalSpacing={3} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('announcements.fields.kind')}</Table.Th>
              <Table.Th>{t('announcements.fields.name')}</Table.Th>
              <Table.Th>{t('announcements.fields.templateText')}</Table.Th>
              <Table.Th>{t('announcements.templates.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((tpl) => (
              <Table.Tr key={tpl.id} onClick={() => edit(tpl)} style={{ cursor: 'pointer' }}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(labelKey('announcements', 'kind', tpl.kind))}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{tpl.name}</Table.Td>
                <Table.Td>{tpl.text}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {tpl.active ? t('announcements.fields.active') : t('announcements.templates.inactive')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          {templates.isSuccess && rows.length === 0 && (
            <Table.Caption>
              <Text c="dimmed" size="sm">
                {t('announcements.templates.empty')}
              </Text>
            </Table.Caption>
          )}
        </Table>
      }
      side={
        <form
          aria-label={title}
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap={6}>
            <Title order={4}>{title}</Title>
            <Group grow gap="xs" align="flex-start">
              <NativeSelect
                label={t('announcements.fields.kind')}
                data={labelOptions(t, 'announcements', 'kind', announcementKindValues)}
                {...field(form, 'kind')}
              />
              <TextInput label={t('announcements.fields.name')} {...field(form, 'name')} />
            </Group>
            <Textarea
              autosize
              minRows={3}
              label={t('announcements.fields.templateText')}
              description={t('announcements.templates.hint')}
              {...field(form, 'text')}
            />
            <Checkbox label={t('announcements.fields.active')} {...field(form, 'active', 'checkbox')} />
            <Group justify="flex-end">
              {editing && (
                <Button variant="subtle" onClick={() => form.setValues(blank)}>
                  {t('announcements.templates.add')}
                </Button>
              )}
              <Button type="submit" loading={save.isPending}>
                {t('announcements.templates.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      }
    />
  );
}
