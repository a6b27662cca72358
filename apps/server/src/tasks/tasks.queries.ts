/** "My tasks" and the overdue counts, gathered from every task source. */
import { type MyTask, type OverdueArea, TaskAreaSchema } from '@vigil/api';
import type { Db } from '@vigil/db';
import { TASK_SOURCES, type TaskSource, type TaskWho } from './task-sources.ts';

const AREA_ORDER = new Map(TaskAreaSchema.options.map((area, i) => [area, i]));

/** Soonest due first; undated tasks after dated ones; then by area and title, so the order is stable. */
export function taskOrder(a: MyTask, b: MyTask): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return AREA_ORDER.get(a.area)! - AREA_ORDER.get(b.area)! || a.title.localeCompare(b.title);
}

/** Every open task of the signed-in person. */
export async function myTasks(
  db: Db,
  who: TaskWho,
  sources: readonly TaskSource[] = TASK_SOURCES,
): Promise<MyTask[]> {
  const lists = await Promise.all(sources.map((s) => s.myTasks(db, who)));
  return lists.flat().sort(taskOrder);
}

/** Overdue items per area across the organization, one row per area that has any. */
export async function overdueAreas(
  db: Db,
  orgId: string,
  today: string,
  sources: readonly TaskSource[] = TASK_SOURCES,
): Promise<OverdueArea[]> {
  const lists = await Promise.all(sources.map((s) => s.overdueSummary(db, orgId, today)));
  const byArea = new Map<string, OverdueArea>();
  for (const row of lists.flat()) {
    const seen = byArea.get(row.area);
    byArea.set(row.area, seen ? { ...seen, overdue: seen.overdue + row.overdue } : row);
  }
  return [...byArea.values()]
    .filter((a) => a.overdue > 0)
    .sort((a, b) => AREA_ORDER.get(a.area)! - AREA_ORDER.get(b.area)!);
}
