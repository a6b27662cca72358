/**
 * The background-check API: per person status, result and report. Every route needs HR access:
 * owners have it, and an owner grants it to admins and members one by one (`hr.grant`).
 */
import { RoleSchema } from '@vigil/core/permissions';
import { BackgroundCheckResultSchema, BackgroundCheckStatusSchema } from '@vigil/core/training';
import { WorkerTypeSchema } from '@vigil/core/vocabulary';
import { z } from 'zod';
import { IsoDateSchema, itemsOf } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'background-checks';

export const BackgroundCheckSchema = z.object({
  person: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    workerType: WorkerTypeSchema,
    startDate: IsoDateSchema.nullable(),
  }),
  status: BackgroundCheckStatusSchema,
  checkedOn: IsoDateSchema.nullable(),
  providerReference: z.string().nullable(),
  result: BackgroundCheckResultSchema.nullable(),
  justification: z.string().nullable(),
  /** The report's file, when one was uploaded (opened only through the report route). */
  report: z.object({ fileName: z.string(), size: z.number(), sha256: z.string() }).nullable(),
  updatedAt: z.string().nullable(),
});
export type BackgroundCheck = z.infer<typeof BackgroundCheckSchema>;

export const BackgroundCheckUpdateSchema = z.strictObject({
  status: BackgroundCheckStatusSchema,
  checkedOn: IsoDateSchema.nullable().default(null),
  providerReference: z.string().trim().max(200, 'must be 200 characters or fewer').nullable().default(null),
  result: BackgroundCheckResultSchema.nullable().default(null),
  justification: z.string().trim().max(2000, 'must be 2000 characters or fewer').nullable().default(null),
});
export type BackgroundCheckUpdate = z.input<typeof BackgroundCheckUpdateSchema>;

/** A member and whether they hold HR access. */
export const HrGrantSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: RoleSchema,
  granted: z.boolean(),
});
export type HrGrant = z.infer<typeof HrGrantSchema>;

/** The report upload takes the file alone, no other field. */
export const BackgroundCheckFileFieldsSchema = z.strictObject({});

const PersonParams = z.strictObject({ personId: z.string().uuid() });

/** Every endpoint of background checks. */
export const backgroundCheckRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/background-checks',
    access: { permission: 'hr.read' },
    tag,
    summary: 'Every person in scope with their background check',
    responses: { 200: itemsOf(BackgroundCheckSchema) },
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/api/background-checks/:personId',
    access: { permission: 'hr.manage' },
    tag,
    summary: "Record a person's background check: status, date, provider reference, result",
    params: PersonParams,
    body: BackgroundCheckUpdateSchema,
    responses: { 200: BackgroundCheckSchema },
  }),
  uploadReport: defineRoute({
    method: 'POST',
    path: '/api/background-checks/:personId/report',
    access: { permission: 'hr.manage' },
    tag,
    summary: "Attach the provider's report (multipart/form-data: file)",
    params: PersonParams,
    upload: true,
    responses: { 200: BackgroundCheckSchema },
  }),
  report: defineRoute({
    method: 'GET',
    path: '/api/background-checks/:personId/report',
    access: { permission: 'hr.read' },
    tag,
    summary: "The provider's report, checked against its SHA-256",
    params: PersonParams,
    file: 'application/octet-stream',
    responses: { 200: null },
  }),
  grants: defineRoute({
    method: 'GET',
    path: '/api/background-checks/access',
    access: { permission: 'hr.grant' },
    tag,
    summary: 'Admins and members, and which of them hold HR access',
    responses: { 200: itemsOf(HrGrantSchema) },
  }),
  grant: defineRoute({
    method: 'PUT',
    path: '/api/background-checks/access/:userId',
    access: { permission: 'hr.grant' },
    tag,
    summary: 'Grant or withdraw HR access for one admin or member',
    params: z.strictObject({ userId: z.string().uuid() }),
    body: z.strictObject({ granted: z.boolean() }),
    responses: { 200: HrGrantSchema },
  }),
};
