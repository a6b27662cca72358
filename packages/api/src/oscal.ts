/** The OSCAL export API: each model as an OSCAL JSON download (docs/oscal.md). */
import { z } from 'zod';
import { defineRoute } from './route.ts';

/** Models of the organization as a whole. */
export const OrgOscalModelSchema = z.enum(['catalog', 'profile', 'component-definition', 'ssp', 'poam']);
/** Models of one engagement (the POA&M then also carries that audit's exceptions, once they exist). */
export const EngagementOscalModelSchema = z.enum(['assessment-results', 'poam']);

const AtQuerySchema = z.strictObject({
  /** Pins the documents' last-modified time, so two exports of the same data are the same bytes. */
  at: z.iso.datetime({ offset: true }).optional(),
});
const tag = 'oscal';

/** Every endpoint of the OSCAL export. */
export const oscalRoutes = {
  exportOrg: defineRoute({
    method: 'GET',
    path: '/api/oscal/:model',
    access: { permission: 'scope.read' },
    tag,
    summary: 'The catalog, profile, component definition, system security plan or POA&M as OSCAL JSON',
    params: z.strictObject({ model: OrgOscalModelSchema }),
    query: AtQuerySchema,
    file: 'application/json',
    responses: { 200: null },
  }),
  exportEngagement: defineRoute({
    method: 'GET',
    path: '/api/engagements/:engagementId/oscal/:model',
    access: { permission: 'engagements.read' },
    tag,
    summary: "An engagement's assessment results or POA&M as OSCAL JSON",
    params: z.strictObject({ engagementId: z.string().uuid(), model: EngagementOscalModelSchema }),
    query: AtQuerySchema,
    file: 'application/json',
    responses: { 200: null },
  }),
} as const;
