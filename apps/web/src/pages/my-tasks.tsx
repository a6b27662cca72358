/** "My tasks": everything the signed-in person has to do, soonest due first, each linking to where it is done. */
import { Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { MyTask } from '@vigil/api';
import { useMyTasks } from '../api/task-hooks.ts';
import { formatDate } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { TASK_AREA_LABEL } from '../components/task-labels.ts';

function Due({ task }: { task: MyTask }) {
  if (!task.dueDate) return <Text size="sm">No due date</Text>;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm">{formatDate(task.dueDate)}</Text>
      {task.overdue && (
        <Badge color="red" variant="light">
          Overdue
        </Badge>
      )}
    </Group>
  );
}

function TaskTable({ tasks }: { tasks: MyTask[] }) {
  return (
    <ScrollTable label="Your tasks" minWidth={560}>
      <Table verticalSpacing="xs" aria-label="Your tasks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Task</Table.Th>
            <Table.Th scope="col">Area</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((t) => (
            <Table.Tr key={`${t.area}:${t.itemId}`}>
              <Table.Td>
                <Anchor component={Link} to={t.link}>
                  {t.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{TASK_AREA_LABEL[t.area]}</Table.Td>
              <Table.Td>
                <Due task={t} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

export function MyTasksPage() {
  const tasks = useMyTasks();
  return (
    <>
      <PageHeader
        title="My tasks"
        description="Policies to accept, training to record, reviews to decide and activities you own."
      />
      <QueryState query={tasks} label="Loading your tasks…">
        {(data) => {
          const overdue = data.tasks.filter((t) => t.overdue).length;
          return data.tasks.length === 0 ? (
            <Card withBorder>
              <Text>Nothing to do right now. New tasks appear here as soon as they are assigned to you.</Text>
            </Card>
          ) : (
            <Stack gap="sm">
              <Text>
                {data.tasks.length} open {data.tasks.length === 1 ? 'task' : 'tasks'}
                {overdue > 0 ? `, ${overdue} overdue` : ''}.
              </Text>
              <TaskTable tasks={data.tasks} />
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
