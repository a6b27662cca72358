/**
 * The API's response and request shapes as the web app sees them: the one place these types live
 * on the client. They mirror the zod schemas in apps/server/src/**\/*.routes.ts; catalog enums come
 * from the catalog package so a new category or frequency reaches the UI without an edit here.
 */
import type {
  Category,
  CategoryId,
  ComponentKind,
  ComponentKindInfo,
  ReportKind,
  ReportType,
} from '@vigil/catalog/schemas';

export type { Category, CategoryId, ComponentKind, ComponentKindInfo, ReportKind, ReportType };

export type Role = 'owner' | 'admin' | 'member' | 'auditor' | 'viewer';
export const ROLES: readonly Role[] = ['owner', 'admin', 'member', 'auditor', 'viewer'];

/** The error body every failing API call returns. */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Items<T> {
  items: T[];
}
