/**
 * "My tasks": what one signed-in person has to do, gathered from every domain that asks something
 * of people (policies to accept, training due, onboarding items, access-review decisions, activities
 * they own). Each domain answers for its own area; the tasks route only puts the answers together.
 */
import { z } from 'zod';
import { IsoDateSchema } from './common.ts';
import { defineRoute } from './route.ts';

/** The areas a task comes from, in the order "My tasks" lists them. */
export const TaskAreaSchema = z.enum([
  'policy',
  'training',
  'onboarding',
  'offboarding',
  'access_review',
  'activity',
  'incident',
  'risk',
  'vendor_review',
  'exercise',
  'vulnerability',
  'internal_audit',
]);
export type TaskArea = z.infer<typeof TaskAreaSchema>;

/** One thing a person has to do. */
export const MyTaskSchema = z.object({
  area: TaskAreaSchema,
  /** The id of the item behind the task (a policy version, a checklist item …), unique within its area. */
  itemId: z.string(),
  /** What to do, in words: "Read and accept the Acceptable Use Policy, version 2.0". */
  title: z.string(),
  dueDate: IsoDateSchema.nullable(),
  overdue: z.boolean(),
  /** The web app's path where the task is done. */
  link: z.string(),
});
export type MyTask = z.infer<typeof MyTaskSchema>;

export const MyTasksSchema = z.object({ tasks: z.array(MyTaskSchema) });

/** How many items of one area are past their due date across the organization (the dashboard's counts). */
export const OverdueAreaSchema = z.object({
  area: TaskAreaSchema,
  overdue: z.number().int().nonnegative(),
  /** The web app's path listing them. */
  link: z.string(),
});
export type OverdueArea = z.infer<typeof OverdueAreaSchema>;
export type MyTasks = z.infer<typeof MyTasksSchema>;

/** Every endpoint of "My tasks". */
export const taskRoutes = {
  mine: defineRoute({
    method: 'GET',
    path: '/api/my/tasks',
    access: { permission: 'own_tasks.read' },
    tag: 'tasks',
    summary: 'What the signed-in person has to do, soonest due first',
    responses: { 200: MyTasksSchema },
  }),
  overdue: defineRoute({
    method: 'GET',
    path: '/api/tasks/overdue',
    access: { permission: 'dashboard.read' },
    tag: 'tasks',
    summary: 'How many items of each area are past their due date across the organization',
    responses: { 200: z.object({ areas: z.array(OverdueAreaSchema) }) },
  }),
};
