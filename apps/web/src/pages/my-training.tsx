/** My training: the courses the signed-in person owes this cycle, and the form to record one with its certificate. */
import {
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { isFieldError } from '../api/client.ts';
import { useMyTraining, useRecordMine } from '../api/training-hooks.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { STATE } from './training.tsx';

function RecordMyTraining({ courses }: { courses: { id: string; title: string }[] }) {
  const record = useRecordMine();
  const [courseId, setCourseId] = useState<string | null>(courses[0]?.id ?? null);
  const [completedOn, setCompletedOn] = useState('');
  const [score, setScore] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const err = (field: string) =>
    isFieldError(record.error, field) ? record.error.message.replace(/^[^:]+: /, '') : undefined;
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!courseId || !file) return;
    record.mutate(
      { courseId, completedOn, file, ...(score ? { score } : {}) },
      {
        onSuccess: () => {
          setFile(null);
          setCompletedOn('');
          setScore('');
        },
      },
    );
  }
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Record my training
      </Title>
      <form onSubmit={submit} noValidate aria-label="Record my training">
        <Stack gap="sm">
          <Select
            label="Course"
            required
            data={courses.map((c) => ({ value: c.id, label: c.title }))}
            value={courseId}
            onChange={setCourseId}
            allowDeselect={false}
            error={err('courseId')}
          />
          <TextInput
            label="Completed on"
            type="date"
            required
            value={completedOn}
            onChange={(e) => setCompletedOn(e.currentTarget.value)}
            error={err('completedOn')}
          />
          <TextInput
            label="Score (optional, 0 to 100)"
            inputMode="decimal"
            value={score}
            onChange={(e) => setScore(e.currentTarget.value)}
            error={err('score')}
          />
          <FileInput
            label="Certificate"
            description="The certificate or completion screen your course gave you (PDF or image)."
            placeholder="Choose a file"
            required
            value={file}
            onChange={setFile}
            error={err('file')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending} disabled={!courseId || !completedOn || !file}>
              Record
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export function MyTrainingPage() {
  const mine = useMyTraining();
  return (
    <>
      <PageHeader
        title="My training"
        description="The courses you are asked to complete, and when they are due."
      />
      <QueryState query={mine} label="Loading your training…">
        {(data) =>
          !data.inRegister ? (
            <Alert color="blue" title="You are not in the person register yet">
              Ask an administrator to add you, or to link your account to your entry.
            </Alert>
          ) : (
            <Stack gap="md">
              <Card withBorder>
                <Title order={2} size="h4" mb="sm">
                  This cycle
                </Title>
                {data.items.length === 0 ? (
                  <Text size="sm">No course is asked of you right now.</Text>
                ) : (
                  <ScrollTable label="My courses" minWidth={560}>
                    <Table striped verticalSpacing="xs" aria-label="My courses">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>Course</Table.Th>
                          <Table.Th>Cycle</Table.Th>
                          <Table.Th>Due</Table.Th>
                          <Table.Th>Status</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.items.map((i) => (
                          <Table.Tr key={i.course.id}>
                            <Table.Td>{i.course.title}</Table.Td>
                            <Table.Td>{i.cycle.label}</Table.Td>
                            <Table.Td>{i.dueDate}</Table.Td>
                            <Table.Td>
                              <Badge color={STATE[i.state]!.color}>{STATE[i.state]!.label}</Badge>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollTable>
                )}
              </Card>
              {data.items.some((i) => !i.completion) && (
                <RecordMyTraining
                  courses={data.items
                    .filter((i) => !i.completion)
                    .map((i) => ({ id: i.course.id, title: i.course.title }))}
                />
              )}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
