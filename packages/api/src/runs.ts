/** Collection runs: one sweep of a source, from an upload, a schedule or a live collector. */
import { z } from 'zod';

export const RunSchema = z.object({
  id: z.string(),
  source: z.string(),
  connectorId: z.string().nullable(),
  connectorName: z.string().nullable(),
  status: z.enum(['running', 'succeeded', 'failed']),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  resourcesSeen: z.number(),
  transitions: z.number(),
  evidenceId: z.string().nullable(),
  /** Only while running: the phase and how far it got. */
  progress: z.record(z.string(), z.unknown()).nullable(),
  stats: z.record(z.string(), z.unknown()),
});
export type Run = z.infer<typeof RunSchema>;
