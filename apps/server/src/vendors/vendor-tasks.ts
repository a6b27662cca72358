/** Vendor reviews as tasks: the reviewer's open reviews, and how many are overdue across the organization. */
import type { MyTask, OverdueArea } from '@vigil/api';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, lt, ne } from 'drizzle-orm';

const { vendors, vendorReviews } = schema;

/** Open reviews assigned to the signed-in member, soonest first; the vendor's owner gets unassigned ones. */
export async function myTasks(
  db: Db,
  who: { orgId: string; userId: string; today: string },
): Promise<MyTask[]> {
  const rows = await db
    .select({ r: vendorReviews, name: vendors.name, owner: vendors.ownerUserId })
    .from(vendorReviews)
    .innerJoin(vendors, eq(vendors.id, vendorReviews.vendorId))
    .where(
      and(
        eq(vendorReviews.orgId, who.orgId),
        eq(vendorReviews.status, 'open'),
        ne(vendors.status, 'terminated'),
      ),
    )
    .orderBy(asc(vendorReviews.dueDate));
  return rows
    .filter((x) => (x.r.reviewerUserId ?? x.owner) === who.userId)
    .map((x) => ({
      area: 'vendor_review' as const,
      itemId: x.r.id,
      title: `Review the vendor ${x.name}`,
      dueDate: x.r.dueDate,
      overdue: x.r.dueDate < who.today,
      link: `/vendors/${x.r.vendorId}`,
    }));
}

/** How many open vendor reviews are past their due date. */
export async function overdueSummary(db: Db, orgId: string, today: string): Promise<OverdueArea[]> {
  const rows = await db
    .select({ id: vendorReviews.id })
    .from(vendorReviews)
    .innerJoin(vendors, eq(vendors.id, vendorReviews.vendorId))
    .where(
      and(
        eq(vendorReviews.orgId, orgId),
        eq(vendorReviews.status, 'open'),
        lt(vendorReviews.dueDate, today),
        ne(vendors.status, 'terminated'),
      ),
    );
  return rows.length ? [{ area: 'vendor_review', overdue: rows.length, link: '/vendors' }] : [];
}
