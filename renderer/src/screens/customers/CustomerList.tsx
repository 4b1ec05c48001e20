import { Badge, Button, Group, NativeSelect, ScrollArea, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { searchTextError } from '../../lib/searchText';

interface CustomerListProps {
  selectedId: string | null;
  height: string;
  onOpen(id: string): void;
  onNew(): void;
}

/** The files: name, grade, phones masked, unit; type to filter by name, number, phone, unit or tag. */
export function CustomerList({ selectedId, height, onOpen, onNew }: CustomerListProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [gradeId, setGradeId] = useState('');
  const [debounced] = useDebouncedValue(text, 250);
  const tooLong = searchTextError(debounced);
  const grades = useApiQuery('customers:grades', { includeInactive: false });
  const files = useApiQuery(
    'customers:list',
    { text: debounced, gradeId: gradeId || null, includeClosed: false, limit: 200 },
    { enabled: !tooLong },
  );
  const rows = files.data ?? [];
  return (
    <>
      <Group gap="xs" mb={6} wrap="nowrap">
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          aria-label={t('customers.list.search')}
          placeholder={t('common.filterOrInitials', { fields: t('customers.list.search') })}
          value={text}
          error={tooLong}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <NativeSelect
          size="xs"
          aria-label={t('customers.list.grade')}
          value={gradeId}
          onChange={(e) => setGradeId(e.currentTarget.value)}
          data={[
            { value: '', label: t('customers.list.allGrades') },
            ...(grades.data ?? []).map((g) => ({ value: g.id, label: g.name })),
          ]}
        />
        <Button size="xs" onClick={onNew}>
          {t('customers.list.new')}
        </Button>
      </Group>
      <ScrollArea h={height}>
        {files.isSuccess && rows.length === 0 ? (
          <Text c="dimmed" size="sm" p="sm">
            {t('customers.list.empty')}
          </Text>
        ) : (
          <Table striped highlightOnHover verticalSpacing={3} fz="sm" stickyHeader aria-label={t('customers.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('customers.list.fileNo')}</Table.Th>
                <Table.Th>{t('customers.list.name')}</Table.Th>
                <Table.Th>{t('customers.list.grade')}</Table.Th>
                <Table.Th>{t('customers.list.phones')}</Table.Th>
                <Table.Th>{t('customers.list.company')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((file) => (
                <Table.Tr
                  key={file.id}
                  tabIndex={0}
                  onClick={() => onOpen(file.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') onOpen(file.id);
                  }}
                  style={{ cursor: 'pointer' }}
                  bg={file.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
                >
                  <Table.Td ff="monospace" fz="xs">
                    {file.fileNo}
                  </Table.Td>
                  <Table.Td>{file.name}</Table.Td>
                  <Table.Td>{file.gradeName && <Badge variant="light">{file.gradeName}</Badge>}</Table.Td>
                  <Table.Td>{file.phonesMasked.join('、')}</Table.Td>
                  <Table.Td>{file.company}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </ScrollArea>
    </>
  );
}
