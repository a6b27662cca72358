/**
 * Training: the courses the organization requires, and per course and cycle who completed it, on
 * time or late, and who is missing; editors import an LMS export or record a completion by hand.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { TrainingCourse, TrainingMatrix } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { isFieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import {
  useAdoptCourses,
  useCourses,
  useMyAccess,
  useRecordCompletion,
  useTrainingMatrix,
} from '../api/training-hooks.ts';
import { CourseFormModal } from '../components/course-form.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { TrainingImportModal } from '../components/training-import.tsx';

/** Who a course is for, in words. */
export function audienceText(c: Pick<TrainingCourse, 'audience' | 'audienceDepartment'>): string {
  switch (c.audience) {
    case 'all_staff':
      return 'Everyone';
    case 'employees':
      return 'Employees';
    case 'contractors':
      return 'Contractors';
    case 'department':
      return `${c.audienceDepartment ?? 'One'} department`;
  }
}

const cadenceText = (months: number) =>
  months === 12 ? 'Every year' : months % 12 === 0 ? `Every ${months / 12} years` : `Every ${months} months`;

export const STATE: Record<string, { label: string; color: string }> = {
  done: { label: 'Done', color: 'teal' },
  late: { label: 'Done late', color: 'orange' },
  open: { label: 'Not yet', color: 'gray' },
  missing: { label: 'Missing', color: 'red' },
};
const SOURCE: Record<string, string> = { lms_import: 'LMS import', manual: 'By hand', self: 'By the person' };

function CoursesCard({ courses, canManage }: { courses: TrainingCourse[]; canManage: boolean }) {
  const adopt = useAdoptCourses();
  const [editing, setEditing] = useState<TrainingCourse | 'new' | null>(null);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Courses
        </Title>
        {canManage && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              loading={adopt.isPending}
              onClick={() => adopt.mutate(undefined)}
            >
              Add the catalog courses
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing('new')}>
              Add a course
            </Button>
          </Group>
        )}
      </Group>
      {courses.length === 0 ? (
        <Text size="sm" c="dimmed">
          No courses yet. The catalog has security awareness for everyone, secure development for engineers,
          and privacy when Privacy is in scope.
        </Text>
      ) : (
        <ScrollTable label="Courses" minWidth={640}>
          <Table striped verticalSpacing="xs" aria-label="Courses">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Course</Table.Th>
                <Table.Th>For</Table.Th>
                <Table.Th>How often</Table.Th>
                <Table.Th>First cycle</Table.Th>
                <Table.Th>Owner</Table.Th>
                {canManage && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {courses.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.title}</Table.Td>
                  <Table.Td>{audienceText(c)}</Table.Td>
                  <Table.Td>{cadenceText(c.cadenceMonths)}</Table.Td>
                  <Table.Td>{c.cycleStart}</Table.Td>
                  <Table.Td>{c.ownerName ?? '—'}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setEditing(c)}
                        aria-label={`Edit ${c.title}`}
                      >
                        Edit
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {editing && (
        <CourseFormModal course={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}

function RecordModal({ matrix, onClose }: { matrix: TrainingMatrix; onClose: () => void }) {
  const record = useRecordCompletion();
  const [personId, setPersonId] = useState<string | null>(null);
  const [completedOn, setCompletedOn] = useState('');
  const [score, setScore] = useState('');
  const err = (field: string) =>
    isFieldError(record.error, field) ? record.error.message.replace(/^[^:]+: /, '') : undefined;
  function submit(e: FormEvent) {
    e.preventDefault();
    e.stopPropagation();
    if (!personId) return;
    record.mutate(
      { personId, courseId: matrix.course.id, completedOn, score: score === '' ? null : Number(score) },
      { onSuccess: onClose },
    );
  }
  return (
    <Modal opened onClose={onClose} title={`Record a completion of ${matrix.course.title}`}>
      <form onSubmit={submit} noValidate aria-label="Record a completion">
        <Stack gap="sm">
          <Select
            label="Person"
            required
            searchable
            data={matrix.rows.map((r) => ({
              value: r.person.id,
              label: `${r.person.name} (${r.person.email})`,
            }))}
            value={personId}
            onChange={setPersonId}
            error={err('personId')}
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
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending} disabled={!personId || !completedOn}>
              Record
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function MatrixCard({ courses, canManage }: { courses: TrainingCourse[]; canManage: boolean }) {
  const [courseId, setCourseId] = useState<string | null>(courses[0]?.id ?? null);
  const [cycle, setCycle] = useState<string | undefined>(undefined);
  const [recording, setRecording] = useState(false);
  const matrix = useTrainingMatrix(courseId, cycle);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Completions
      </Title>
      <Group gap="sm" mb="sm" align="flex-end" wrap="wrap">
        <Select
          label="Course"
          data={courses.map((c) => ({ value: c.id, label: c.title }))}
          value={courseId}
          onChange={(v) => {
            setCourseId(v);
            setCycle(undefined);
          }}
          allowDeselect={false}
        />
        {matrix.data && (
          <Select
            label="Cycle"
            data={matrix.data.cycles.map((c) => ({ value: c.start, label: c.label }))}
            value={matrix.data.cycle.start}
            onChange={(v) => setCycle(v ?? undefined)}
            allowDeselect={false}
          />
        )}
        {canManage && matrix.data && (
          <Button variant="light" onClick={() => setRecording(true)}>
            Record a completion
          </Button>
        )}
      </Group>
      <QueryState query={matrix} label="Loading completions…">
        {(data) => {
          const missing = data.rows.filter((r) => r.state === 'missing').length;
          const late = data.rows.filter((r) => r.state === 'late').length;
          return (
            <Stack gap="xs">
              <Text size="sm" role="status">
                {data.course.title}, {data.cycle.label}: {data.rows.filter((r) => r.completion).length} of{' '}
                {data.rows.length} completed
                {late ? `, ${late} late` : ''}
                {missing ? `, ${missing} missing` : ''}.
              </Text>
              {data.rows.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nobody in the person register is asked to take this course in this cycle.
                </Text>
              ) : (
                <ScrollTable label="Completions" minWidth={720}>
                  <Table striped verticalSpacing="xs" aria-label={`Completions of ${data.course.title}`}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Person</Table.Th>
                        <Table.Th>Due</Table.Th>
                        <Table.Th>Status</Table.Th>
                        <Table.Th>Completed</Table.Th>
                        <Table.Th>Score</Table.Th>
                        <Table.Th>Recorded</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.rows.map((r) => (
                        <Table.Tr key={r.person.id}>
                          <Table.Td>
                            <Text size="sm">{r.person.name}</Text>
                            <Text size="xs" c="dimmed">
                              {r.person.department ?? r.person.email}
                            </Text>
                          </Table.Td>
                          <Table.Td>{r.dueDate}</Table.Td>
                          <Table.Td>
                            <Badge color={STATE[r.state]!.color}>{STATE[r.state]!.label}</Badge>
                          </Table.Td>
                          <Table.Td>{r.completion?.completedOn ?? '—'}</Table.Td>
                          <Table.Td>{r.completion?.score ?? '—'}</Table.Td>
                          <Table.Td>{r.completion ? SOURCE[r.completion.source] : '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              )}
              {recording && <RecordModal matrix={data} onClose={() => setRecording(false)} />}
            </Stack>
          );
        }}
      </QueryState>
    </Card>
  );
}

export function TrainingPage() {
  const session = useSession();
  const role = session.data?.org?.role;
  const canManage = !!role && can(role, 'training.manage');
  const courses = useCourses();
  const access = useMyAccess();
  const [importing, setImporting] = useState(false);
  if (role && !can(role, 'training.read'))
    return (
      <>
        <PageHeader title="Training" />
        <Alert color="blue" title="Not available for your role">
          Your own courses are under <Link to="/my-training">My training</Link>.
        </Alert>
      </>
    );
  return (
    <>
      <PageHeader
        title="Training"
        description="Required courses, and who completed each cycle on time."
        actions={
          <>
            {access.data?.hr && (
              <Button component={Link} to="/background-checks" variant="default">
                Background checks
              </Button>
            )}
            {canManage && <Button onClick={() => setImporting(true)}>Import an LMS export</Button>}
          </>
        }
      />
      <QueryState query={courses} label="Loading courses…">
        {(data) => (
          <Stack gap="md">
            <CoursesCard courses={data.items} canManage={canManage} />
            {data.items.length > 0 && <MatrixCard courses={data.items} canManage={canManage} />}
          </Stack>
        )}
      </QueryState>
      {importing && <TrainingImportModal onClose={() => setImporting(false)} />}
    </>
  );
}
