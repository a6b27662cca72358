/** Adding or editing a training course: title, who it is for, how often, and where its cycles start. */
import { Button, Group, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { TrainingCourse } from '@vigil/api';
import type { TrainingAudience } from '@vigil/core/training';
import { type FormEvent, useState } from 'react';
import { isFieldError } from '../api/client.ts';
import { useCreateCourse, useUpdateCourse } from '../api/training-hooks.ts';

const AUDIENCES: { value: TrainingAudience; label: string }[] = [
  { value: 'all_staff', label: 'Everyone' },
  { value: 'employees', label: 'Employees' },
  { value: 'contractors', label: 'Contractors' },
  { value: 'department', label: 'One department' },
];

export function CourseFormModal({ course, onClose }: { course?: TrainingCourse; onClose: () => void }) {
  const create = useCreateCourse();
  const update = useUpdateCourse();
  const write = course ? update : create;
  const [title, setTitle] = useState(course?.title ?? '');
  const [description, setDescription] = useState(course?.description ?? '');
  const [audience, setAudience] = useState<TrainingAudience>(course?.audience ?? 'all_staff');
  const [department, setDepartment] = useState(course?.audienceDepartment ?? '');
  const [cadence, setCadence] = useState<number>(course?.cadenceMonths ?? 12);
  const [cycleStart, setCycleStart] = useState(course?.cycleStart ?? `${new Date().getFullYear()}-01-01`);
  const err = (field: string) =>
    isFieldError(write.error, field) ? write.error.message.replace(/^[^:]+: /, '') : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    e.stopPropagation();
    const body = {
      title,
      description,
      audience,
      audienceDepartment: audience === 'department' ? department || null : null,
      cadenceMonths: cadence,
      cycleStart,
    };
    if (course) update.mutate({ courseId: course.id, ...body }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  }

  return (
    <Modal opened onClose={onClose} title={course ? `Edit ${course.title}` : 'Add a course'}>
      <form onSubmit={submit} noValidate aria-label={course ? 'Edit the course' : 'Add a course'}>
        <Stack gap="sm">
          <TextInput
            label="Title"
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={err('title')}
          />
          <Textarea
            label="What it covers"
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={err('description')}
          />
          <Select
            label="Who takes it"
            data={AUDIENCES}
            value={audience}
            onChange={(v) => setAudience((v as TrainingAudience) ?? 'all_staff')}
            allowDeselect={false}
            error={err('audience')}
          />
          {audience === 'department' && (
            <TextInput
              label="Department"
              description="As the person register names it, e.g. Engineering"
              required
              value={department}
              onChange={(e) => setDepartment(e.currentTarget.value)}
              error={err('audienceDepartment')}
            />
          )}
          <NumberInput
            label="Repeat every (months)"
            min={1}
            max={60}
            value={cadence}
            onChange={(v) => setCadence(typeof v === 'number' ? v : Number(v) || 12)}
            error={err('cadenceMonths')}
          />
          <TextInput
            label="First cycle starts on"
            type="date"
            required
            value={cycleStart}
            onChange={(e) => setCycleStart(e.currentTarget.value)}
            error={err('cycleStart')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={write.isPending}>
              {course ? 'Save' : 'Add course'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
