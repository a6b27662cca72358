/** Server configuration, read once from the environment; every variable is listed in the README. */
import { z } from 'zod';

const ConfigSchema = z.object({
  host: z.string().default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The address people use to reach Vigil; decides Secure cookies, HSTS and links in emails. */
  publicUrl: z.string().url().optional(),
  trustProxy: z.boolean().default(false),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  sessionHours: z.coerce.number().positive().default(12),
  smtpUrl: z.string().optional(),
  mailFrom: z.string().default('Vigil <vigil@localhost>'),
  webDist: z.string().optional(),
  /** Folder scheduled file imports read from; defaults to `imports` in the data directory. */
  importDir: z.string().optional(),
  /** Largest connector upload in MiB (100 when unset). */
  uploadMaxMb: z.coerce
    .number()
    .positive()
    .max(5 * 1024)
    .optional(),
  /** `work` (default): this process runs connector jobs; `enqueue`: only queues them for `vigil worker`s; `off`: neither. */
  jobs: z.enum(['work', 'enqueue', 'off']).optional(),
});

export type ServerConfig = z.infer<typeof ConfigSchema>;

/** Reads the server settings from environment variables, naming the variable at fault. */
export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = ConfigSchema.safeParse({
    host: env.HOST,
    port: env.PORT,
    publicUrl: env.VIGIL_PUBLIC_URL || undefined,
    trustProxy: env.VIGIL_TRUST_PROXY === 'true' || env.VIGIL_TRUST_PROXY === '1',
    logLevel: env.VIGIL_LOG_LEVEL,
    sessionHours: env.VIGIL_SESSION_HOURS,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.VIGIL_MAIL_FROM,
    webDist: env.VIGIL_WEB_DIST,
    importDir: env.VIGIL_IMPORT_DIR || undefined,
    uploadMaxMb: env.VIGIL_UPLOAD_MAX_MB || undefined,
    jobs: env.VIGIL_JOBS || undefined,
  });
  if (!parsed.success) {
    const names: Record<string, string> = {
      host: 'HOST',
      port: 'PORT',
      publicUrl: 'VIGIL_PUBLIC_URL',
      logLevel: 'VIGIL_LOG_LEVEL',
      sessionHours: 'VIGIL_SESSION_HOURS',
      uploadMaxMb: 'VIGIL_UPLOAD_MAX_MB',
      jobs: 'VIGIL_JOBS',
    };
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0]);
    throw new Error(`Invalid configuration: ${names[key] ?? key}: ${issue.message}`);
  }
  return parsed.data;
}

/** True when Vigil is served over https, so cookies get Secure and responses get HSTS. */
export const isHttps = (config: ServerConfig) => config.publicUrl?.startsWith('https://') ?? false;
