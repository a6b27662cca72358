/** Connector collection runs, as the monitoring and connector routes answer them. */
import { z } from 'zod';

export const RunStatusSchema = z.enum(['running', 'succeeded', 'failed']);
export type RunStatus = z.infer<typeof RunStatusSchema>;

const NamesSchema = z.object({ count: z.number(), names: z.array(z.string()) });

/** What an import of a directory or archive found in it: files read, files left alone, files lacking. */
export const RunInputsSchema = z.object({
  recognised: z.number(),
  ignored: NamesSchema,
  missing: NamesSchema,
});
export type RunInputs = z.infer<typeof RunInputsSchema>;

export const RunSchema = z.object({
  id: z.string(),
  source: z.string(),
  /** The source as people name it. */
  sourceTitle: z.string(),
  connectorId: z.string().nullable(),
  connectorName: z.string().nullable(),
  status: RunStatusSchema,
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  resourcesSeen: z.number(),
  transitions: z.number(),
  evidenceId: z.string().nullable(),
  /** Only while running: the phase and how far it got. */
  progress: z.record(z.string(), z.unknown()).nullable(),
  /** Null for runs of single files and live collectors. */
  inputs: RunInputsSchema.nullable(),
  stats: z.record(z.string(), z.unknown()),
});

export type Run = z.infer<typeof RunSchema>;
