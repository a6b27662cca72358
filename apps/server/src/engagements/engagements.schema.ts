/** Request and response schemas of engagements (one audit each). */

import { IsoDateSchema, NameSchema } from '@vigil/api';
import { CategoryIdSchema } from '@vigil/catalog';
import { z } from 'zod';

export const EngagementStatusSchema = z.enum(['planning', 'fieldwork', 'reporting', 'closed']);
export const ReportTypeSchema = z.enum(['type1', 'type2']);

export const EngagementSchema = z.object({
  id: z.string(),
  name: z.string(),
  reportType: ReportTypeSchema,
  asOfDate: z.string().nullable(),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  categories: z.array(CategoryIdSchema),
  status: EngagementStatusSchema,
  auditFirm: z.string(),
  systemIds: z.array(z.string()),
  auditors: z.array(z.object({ id: z.string(), email: z.string(), name: z.string() })),
  createdAt: z.string(),
});
export type EngagementView = z.infer<typeof EngagementSchema>;

export const EngagementsCreateSchema = z.strictObject({
  name: NameSchema,
  reportType: ReportTypeSchema,
  asOfDate: IsoDateSchema.optional(),
  windowStart: IsoDateSchema.optional(),
  windowEnd: IsoDateSchema.optional(),
  auditFirm: z.string().trim().max(200).default(''),
  systemIds: z.array(z.string().uuid()).max(1000).optional(),
});
export type EngagementsCreateReq = z.infer<typeof EngagementsCreateSchema>;

export const EngagementsUpdateSchema = z
  .strictObject({
    name: NameSchema,
    status: EngagementStatusSchema,
    auditFirm: z.string().trim().max(200),
    asOfDate: IsoDateSchema,
    windowStart: IsoDateSchema,
    windowEnd: IsoDateSchema,
    systemIds: z.array(z.string().uuid()).max(1000),
  })
  .partial();
export type EngagementsUpdateReq = z.infer<typeof EngagementsUpdateSchema>;
