/** What a connector is: a file importer or a live collector that yields normalized resources. */
import type { Resource } from './resource.ts';

/** A file given to an importer: read it from disk as a stream, never whole when it can be large. */
export interface ImportInput {
  path: string;
  /** The name shown in messages (the uploaded file name or the path given on the command line). */
  name: string;
}

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
  /** True when the first bytes and the name look like this importer's format (auto-detection). */
  detect(head: string, fileName: string): boolean;
  /** Yields resources one by one; throws ImportError on bad input. */
  read(input: ImportInput): AsyncIterable<Resource>;
}
