/** The people API: the person register, accounts and orphans, onboarding and offboarding checklists. */
import { ONBOARDING_ITEMS } from '@vigil/core/people';
import { PersonSourceSchema, PersonStatusSchema, WorkerTypeSchema } from '@vigil/core/vocabulary';
import { z } from 'zod';
import { IsoDateSchema, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

export const OnboardingItemSchema = z.enum(ONBOARDING_ITEMS);
export type OnboardingItem = z.infer<typeof OnboardingItemSchema>;

/** One account in one connected system, as the register shows it. */
export const PersonAccountSchema = z.object({
  resourceId: z.string(),
  /** The system as people name it: Okta, Google Workspace, AWS. */
  system: z.string(),
  account: z.string(),
  /** True when it can sign in, false when it cannot, null when unknown. */
  active: z.boolean().nullable(),
  state: z.string().nullable(),
  /** How it came to the person: the email or alias matched, or a person linked it by hand. */
  match: z.enum(['email', 'manual']),
});
export type PersonAccount = z.infer<typeof PersonAccountSchema>;

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  aliases: z.array(z.string()),
  workerType: WorkerTypeSchema,
  department: z.string().nullable(),
  title: z.string().nullable(),
  managerId: z.string().nullable(),
  managerName: z.string().nullable(),
  startDate: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable(),
  status: PersonStatusSchema,
  inScope: z.boolean(),
  scopeJustification: z.string().nullable(),
  source: PersonSourceSchema,
  /** Accounts still able to sign in although the person is terminated and the offboarding deadline has passed. */
  exceptions: z.number().int().nonnegative(),
  /** A leaver's accounts not yet seen removed, still inside the offboarding deadline: due, not late. */
  accountsDue: z.number().int().nonnegative(),
});
export type Person = z.infer<typeof PersonSchema>;

export const OnboardingTaskSchema = z.object({
  id: z.string(),
  item: OnboardingItemSchema,
  title: z.string(),
  dueDate: IsoDateSchema,
  overdue: z.boolean(),
  doneAt: z.string().nullable(),
  /** Who marked it done, or null when Vigil saw it done itself. */
  doneByName: z.string().nullable(),
  evidenceId: z.string().nullable(),
  note: z.string().nullable(),
});
export type OnboardingTask = z.infer<typeof OnboardingTaskSchema>;

export const OffboardingAccountSchema = z.object({
  id: z.string(),
  system: z.string(),
  account: z.string(),
  /** True for an account in a system Vigil watches, measured from its sweeps. */
  watched: z.boolean(),
  lastSeenActiveAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** Deprovisioning lag so far (to now while still open), in milliseconds. */
  lagMs: z.number().int().nonnegative(),
  state: z.enum(['pass', 'fail', 'open', 'overdue']),
  deadline: z.string(),
  attestedByName: z.string().nullable(),
  attestedReason: z.string().nullable(),
});
export type OffboardingAccount = z.infer<typeof OffboardingAccountSchema>;

export const OffboardingSchema = z.object({
  id: z.string(),
  endDate: IsoDateSchema,
  slaBusinessDays: z.number().int(),
  openedAt: z.string(),
  deadline: z.string(),
  accounts: z.array(OffboardingAccountSchema),
});
export type Offboarding = z.infer<typeof OffboardingSchema>;

export const PersonDetailSchema = PersonSchema.extend({
  accounts: z.array(PersonAccountSchema),
  onboarding: z.array(OnboardingTaskSchema),
  offboarding: OffboardingSchema.nullable(),
  /** Roster-sourced fields a person may not change by hand (the HR system decides them). */
  rosterFields: z.array(z.string()),
});
export type PersonDetail = z.infer<typeof PersonDetailSchema>;

export const PeopleListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: PersonStatusSchema.optional(),
  workerType: WorkerTypeSchema.optional(),
  inScope: z.enum(['true', 'false']).optional(),
});
export type PeopleQuery = z.input<typeof PeopleListQuerySchema>;
export type PeopleListQuery = z.output<typeof PeopleListQuerySchema>;

const text = (max: number) => z.string().trim().min(1).max(max);

/** The fields a person is entered with; national ids, dates of birth and pay are refused (strict). */
export const PersonCreateSchema = z.strictObject({
  name: text(200),
  email: z.string().trim().toLowerCase().email('must be an email address').max(320),
  aliases: z.array(text(320)).max(20).default([]),
  workerType: WorkerTypeSchema,
  department: text(200).nullable().default(null),
  title: text(200).nullable().default(null),
  managerId: z.string().uuid().nullable().default(null),
  startDate: IsoDateSchema.nullable().default(null),
  endDate: IsoDateSchema.nullable().default(null),
  status: PersonStatusSchema.default('active'),
  inScope: z.boolean().default(true),
  scopeJustification: z.string().trim().max(2000).nullable().default(null),
});
export type PersonCreate = z.input<typeof PersonCreateSchema>;
export type PersonCreateRequest = z.output<typeof PersonCreateSchema>;

export const PersonUpdateSchema = z
  .strictObject({
    name: text(200),
    email: z.string().trim().toLowerCase().email('must be an email address').max(320),
    aliases: z.array(text(320)).max(20),
    workerType: WorkerTypeSchema,
    department: text(200).nullable(),
    title: text(200).nullable(),
    managerId: z.string().uuid().nullable(),
    startDate: IsoDateSchema.nullable(),
    endDate: IsoDateSchema.nullable(),
    status: PersonStatusSchema,
    inScope: z.boolean(),
    scopeJustification: z.string().trim().max(2000).nullable(),
  })
  .partial();
export type PersonUpdate = z.infer<typeof PersonUpdateSchema>;

export const AccountLinkSchema = z.strictObject({ resourceId: z.string().uuid() });

export const OrphanAccountSchema = PersonAccountSchema.omit({ match: true });
export type OrphanAccount = z.infer<typeof OrphanAccountSchema>;

export const OnboardingCompleteSchema = z.strictObject({
  item: OnboardingItemSchema,
  /** The evidence item that shows it done; required when done by hand. */
  evidenceId: z.string().uuid(),
  note: z.string().trim().max(2000).nullable().default(null),
});

export const OffboardingAttestSchema = z.strictObject({
  system: text(200),
  account: text(320),
  reason: text(2000),
});

export const PeopleSettingsSchema = z.object({
  /** Business days an account may stay active after the HR end date. */
  offboardingSlaBusinessDays: z.number().int().min(0).max(30),
});
export type PeopleSettings = z.infer<typeof PeopleSettingsSchema>;
export const PeopleSettingsUpdateSchema = z.strictObject(PeopleSettingsSchema.shape);

const PersonParams = z.strictObject({ personId: z.string().uuid() });
const LinkParams = z.strictObject({ personId: z.string().uuid(), resourceId: z.string().uuid() });
const tag = 'people';

/** Every endpoint of the people domain. */
export const peopleRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/people',
    access: { permission: 'people.read' },
    tag,
    summary: 'The person register, filtered by text, status, worker type or scope',
    query: PeopleListQuerySchema,
    responses: { 200: z.object({ items: z.array(PersonSchema) }) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/people',
    access: { permission: 'people.manage' },
    tag,
    summary: 'Add a person by hand (someone the HR roster does not list)',
    body: PersonCreateSchema,
    responses: { 201: PersonDetailSchema },
  }),
  orphans: defineRoute({
    method: 'GET',
    path: '/api/people/orphans',
    access: { permission: 'people.read' },
    tag,
    summary: 'Accounts in connected systems that match no person',
    responses: { 200: z.object({ items: z.array(OrphanAccountSchema) }) },
  }),
  settings: defineRoute({
    method: 'GET',
    path: '/api/people/settings',
    access: { permission: 'people.read' },
    tag,
    summary: "The organization's offboarding SLA",
    responses: { 200: PeopleSettingsSchema },
  }),
  updateSettings: defineRoute({
    method: 'PUT',
    path: '/api/people/settings',
    access: { permission: 'people.manage' },
    tag,
    summary: 'Change the offboarding SLA; terminations already open keep theirs',
    body: PeopleSettingsUpdateSchema,
    responses: { 200: PeopleSettingsSchema },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/people/:personId',
    access: { permission: 'people.read' },
    tag,
    summary: 'One person with their accounts, onboarding and offboarding',
    params: PersonParams,
    responses: { 200: PersonDetailSchema },
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/people/:personId',
    access: { permission: 'people.manage' },
    tag,
    summary: 'Change a person; fields the HR roster provides stay as the roster says, except scope',
    params: PersonParams,
    body: PersonUpdateSchema,
    responses: { 200: PersonDetailSchema },
  }),
  link: defineRoute({
    method: 'POST',
    path: '/api/people/:personId/accounts',
    access: { permission: 'people.manage' },
    tag,
    summary: 'Link an account to a person by hand',
    params: PersonParams,
    body: AccountLinkSchema,
    responses: { 200: PersonDetailSchema },
  }),
  unlink: defineRoute({
    method: 'DELETE',
    path: '/api/people/:personId/accounts/:resourceId',
    access: { permission: 'people.manage' },
    tag,
    summary: 'Unlink an account from a person (also one the email matched)',
    params: LinkParams,
    body: NoBodySchema,
    responses: { 200: PersonDetailSchema },
  }),
  completeOnboarding: defineRoute({
    method: 'POST',
    path: '/api/people/:personId/onboarding/complete',
    access: { permission: 'people.manage' },
    tag,
    summary: 'Mark an onboarding item done, with the evidence that shows it',
    params: PersonParams,
    body: OnboardingCompleteSchema,
    responses: { 200: PersonDetailSchema },
  }),
  attest: defineRoute({
    method: 'POST',
    path: '/api/people/:personId/offboarding/attest',
    access: { permission: 'people.manage' },
    tag,
    summary: 'Attest that a leaver lost an account in a system Vigil does not watch',
    params: PersonParams,
    body: OffboardingAttestSchema,
    responses: { 200: PersonDetailSchema },
  }),
} as const;
