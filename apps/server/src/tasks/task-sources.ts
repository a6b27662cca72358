/**
 * The domains that ask something of people, each answering for its own area. "My tasks" and the
 * dashboard's overdue counts are these answers put together; adding an area is one entry here.
 */
import type { MyTask, OverdueArea } from '@vigil/api';
import type { Db } from '@vigil/db';
import * as accessReviews from '../access-reviews/index.ts';
import * as activities from '../activities/index.ts';
import * as exercises from '../exercises/index.ts';
import * as incidents from '../incidents/index.ts';
import * as internalAudits from '../internal-audits/index.ts';
import * as people from '../people/index.ts';
import * as policies from '../policies/index.ts';
import * as risks from '../risks/index.ts';
import * as training from '../training/index.ts';
import * as vendors from '../vendors/index.ts';
import * as vulnerabilities from '../vulnerabilities/index.ts';

/** Who is asking, and which day counts as today for due dates. */
export interface TaskWho {
  orgId: string;
  userId: string;
  today: string;
}

/** One area's answers: the signed-in person's open tasks, and the organization's overdue items. */
export interface TaskSource {
  myTasks(db: Db, who: TaskWho): Promise<MyTask[]>;
  overdueSummary(db: Db, orgId: string, today: string): Promise<OverdueArea[]>;
}

export const TASK_SOURCES: readonly TaskSource[] = [
  policies,
  training,
  people,
  accessReviews,
  activities,
  incidents,
  risks,
  vendors,
  exercises,
  vulnerabilities,
  internalAudits,
];
