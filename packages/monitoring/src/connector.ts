/** What a connector is: a file importer or a live collector that yields normalized resources. */

import { z } from 'zod';
import type { PartOf } from './parts.ts';
import type { Resource } from './resource.ts';

/** A file given to an importer: read it from disk as a stream, never whole when it can be large. */
/** What an importer of a directory or archive made of it: the files it read, left alone, and lacked. */
export interface InputReport {
  /** Files it read, relative to the input. */
  recognised: string[];
  /** Files present that it does not read (another layout, a stray file). */
  ignored: string[];
  /** Files it expected and did not find (each names the call that would have written it). */
  missing: string[];
}

export interface ImportInput {
  path: string;
  /** The name shown in messages (the uploaded file name or the path given on the command line). */
  name: string;
  /**
   * The cloud account the file belongs to when the file itself may not say (a password policy), as
   * the connector knows it: from its settings or from an account an earlier file of it described.
   */
  accountId?: string;
  /** Told, once the input is read, what was found in it (importers of directories and archives). */
  report?: (report: InputReport) => void;
  /**
   * Told each part (see `FileImporter.partOf`) the file describes even where it yields nothing of it:
   * an `npm audit` of a project with no vulnerabilities left still describes that project.
   */
  covers?: (part: string) => void;
  /** For CSV importers: the file's own column chosen for a field (`{ email: "Mail" }`), over the built-in names. */
  columns?: Readonly<Record<string, string>>;
}

/** A field a CSV importer reads, which a person may point at a column of their own export. */
export interface ImporterColumn {
  field: string;
  /** The field in a customer's words ("Work email"). */
  label: string;
  required: boolean;
  /** The column names looked for when none is chosen. */
  headers: readonly string[];
}

/** Settings of a file connector: the import-directory file and the chosen columns (`config.columns`). */
export const ColumnMappingSchema = z.record(z.string().min(1).max(100), z.string().trim().min(1).max(200));
/** The type `ColumnMappingSchema` accepts. */
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** Raised for bad input: names the file and where in it (`line 12`, `$.UserDetailList[3].Arn`). */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly location: string | null,
    readonly detail: string,
  ) {
    super(location ? `${file}: ${location}: ${detail}` : `${file}: ${detail}`);
    this.name = 'ImportError';
  }
}

/** How an importer describes a type it covers only in part. */
export interface PartialType {
  /** The attributes it supplies; the others are kept from what is stored. */
  attributes: readonly string[];
  /** True when each file lists every resource of the type, so one it lacks is gone. */
  listsAll: boolean;
}

export interface FileImporter {
  /** Stable id used on the command line and in the API, e.g. `aws.credential_report`. */
  id: string;
  /** The source recorded on resources, e.g. `aws`. */
  source: string;
  title: string;
  /** What file to give it and how to produce that file. */
  description: string;
  /** Resource types it can produce. */
  produces: string[];
  /**
   * Types it describes only in part: its resources of these types are laid over what the connector
   * already holds (other files' attributes stay), so files of different kinds build up one picture
   * whatever order they come in.
   */
  partial?: Readonly<Record<string, PartialType>>;
  /**
   * The resource type that names the account its files belong to, for importers whose files may not
   * say (a password policy): a connector holding exactly one such resource passes its id as `accountId`.
   */
  accountFrom?: string;
  /**
   * For connectors that hold several parts uploaded a file at a time (images, clusters, projects,
   * accounts): the part a resource belongs to. A run marks gone only resources of the parts its file
   * described, so one image's scan never closes another image's findings.
   */
  partOf?: PartOf;
  /** True when the first bytes and the name look like this importer's format (auto-detection). */
  detect(head: string, fileName: string): boolean;
  /** For importers of a folder (a bundle, an unpacked archive): true when the folder looks like theirs. */
  detectFolder?(dir: string): Promise<boolean>;
  /** For CSV importers: the fields it reads, so a person can choose the column holding each. */
  columns?: readonly ImporterColumn[];
  /** Yields resources one by one; throws ImportError on bad input. */
  read(input: ImportInput): AsyncIterable<Resource>;
}

/** Options every live collector accepts; none of them is stored with the connector. */
export interface LiveCollectOptions {
  /** The time recorded on resources that carry one (a probe's `probedAt`). */
  now?: () => Date;
}

/**
 * A live collector: calls a vendor's API with its official SDK and yields normalized resources.
 * `config` validates the settings (shown and audited), `credentials` the secrets (stored encrypted,
 * never shown); both are zod objects so the server validates them and the UI renders a form from them.
 */
export interface LiveCollector<S extends z.ZodObject = z.ZodObject, C extends z.ZodObject = z.ZodObject> {
  /** Stable id used in the API and on the command line, e.g. `github.live`. */
  id: string;
  /** The source recorded on resources, the same as the matching importers' (`github`). */
  source: string;
  title: string;
  description: string;
  produces: string[];
  config: S;
  credentials: C;
  /** Yields resources one by one; throws an error whose message names the failing call, never a secret. */
  collect(settings: z.output<S>, secrets: z.output<C>, opts?: LiveCollectOptions): AsyncIterable<Resource>;
}

/** One input of a collector's form: what the UI renders and the server validates. */
export interface CollectorField {
  name: string;
  label: string;
  description: string | null;
  secret: boolean;
  required: boolean;
  type: 'string' | 'url' | 'number' | 'boolean' | 'string[]' | 'text';
}

interface JsonSchemaField {
  type?: string;
  format?: string;
  title?: string;
  description?: string;
  items?: { type?: string };
  multiline?: boolean;
}

function fieldsOf(schema: z.ZodObject, secret: boolean): CollectorField[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchemaField>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, f]) => ({
    name,
    label: f.title ?? name,
    description: f.description ?? null,
    secret,
    required: json.required?.includes(name) ?? false,
    type:
      f.type === 'array'
        ? 'string[]'
        : f.type === 'integer' || f.type === 'number'
          ? 'number'
          : f.type === 'boolean'
            ? 'boolean'
            : f.multiline
              ? 'text'
              : f.format === 'uri'
                ? 'url'
                : 'string',
  }));
}

/** The form fields of a collector: its settings, then its secrets. */
export const collectorFields = (c: LiveCollector): CollectorField[] => [
  ...fieldsOf(c.config, false),
  ...fieldsOf(c.credentials, true),
];
