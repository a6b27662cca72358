/**
 * The enumerations Vigil stores and its API speaks, defined once: the database's enum types, the
 * API's schemas and the web app's labels all take their values from here.
 */
import { z } from 'zod';

export { type Role, RoleSchema } from './permissions.ts';

/** How far a control is from working as designed. */
export const ControlStatusSchema = z.enum(['not_started', 'in_progress', 'implemented']);
export type ControlStatus = z.infer<typeof ControlStatusSchema>;

/**
 * Where an audit engagement stands, in order: planning, observation (its Type II window has started),
 * reporting (the window ended or the Type I as-of date came), completed (an owner or admin closed it).
 * The stage shown follows the dates (`engagementStage`); only a stage set by action is stored.
 */
export const EngagementStatusSchema = z.enum(['planning', 'observation', 'reporting', 'completed']);
export type EngagementStatus = z.infer<typeof EngagementStatusSchema>;

/** What an API token may do: read only, or read and write. */
export const TokenScopeSchema = z.enum(['read', 'write']);
export type TokenScope = z.infer<typeof TokenScopeSchema>;

/** How much a failing check matters: the order alerts and exit codes rank failures by. */
export const SeveritySchema = z.enum(['low', 'medium', 'high', 'critical']);
export type Severity = z.infer<typeof SeveritySchema>;

/** How a person works for the organization. */
export const WorkerTypeSchema = z.enum(['employee', 'contractor']);
export type WorkerType = z.infer<typeof WorkerTypeSchema>;

/** Where a person stands in the register; the HR system decides it for people it lists. */
export const PersonStatusSchema = z.enum(['active', 'on_leave', 'terminated']);
export type PersonStatus = z.infer<typeof PersonStatusSchema>;

/** Where a person's row came from: the HR roster (its source of truth) or a manual entry. */
export const PersonSourceSchema = z.enum(['roster', 'manual']);
export type PersonSource = z.infer<typeof PersonSourceSchema>;
