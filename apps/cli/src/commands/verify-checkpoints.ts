/**
 * The checkpoint half of `vigil verify`: which checkpoints to compare the chains with (a file the
 * customer kept, or those published in the evidence store), the key that must have signed them,
 * and what each comparison found.
 */
import { readFileSync } from 'node:fs';
import { describeMismatch, parseCheckpoints, type SignedCheckpoint } from '@vigil/core';
import type { Db } from '@vigil/db';
import {
  type CheckpointKey,
  checkAgainstCheckpoints,
  checkpointPublicKey,
  deriveCheckpointKey,
  storedCheckpoints,
} from '@vigil/server';
import { cliMasterKey, hasMasterKey, openCliBlobStore } from '../admin/cli-evidence-store.ts';
import { CliError, EXIT } from '../output.ts';

export type PublicCheckpointKey = Omit<CheckpointKey, 'privateKey'>;

/** Where the checkpoints came from and how many, said once above the per-organization lines. */
export interface CheckpointSource {
  /** `file` (--checkpoint), `store` (the evidence store), or `none` when nothing could be compared. */
  kind: 'file' | 'store' | 'none';
  description: string;
  checkpoints: SignedCheckpoint[];
  /** Problems with the source itself (unreadable records) that fail the verification. */
  problems: string[];
}

export interface CheckpointProblem {
  /** `cut`: entries are gone from the end; `rewritten`: an entry changed; `refused`: the checkpoint is not genuine. */
  kind: 'cut' | 'rewritten' | 'refused';
  checkpointAt: string;
  checkpointLength: number;
  actualLength: number;
  message: string;
}

export interface ChainCheckpointResult {
  /** Checkpoints of this chain compared. */
  compared: number;
  /** The longest genuine checkpoint the chain extends, if any. */
  latest: { at: string; length: number } | null;
  problems: CheckpointProblem[];
}

/** The public key checkpoints must carry: from `--public-key <file>`, else derived from the master key. */
export function verifyingKey(publicKeyFile: string | undefined, command: string): PublicCheckpointKey {
  if (publicKeyFile) {
    let pem: string;
    try {
      pem = readFileSync(publicKeyFile, 'utf8');
    } catch (err) {
      throw new CliError(`--public-key: cannot read ${publicKeyFile}: ${(err as Error).message}`, EXIT.usage);
    }
    try {
      return checkpointPublicKey(pem, publicKeyFile);
    } catch (err) {
      throw new CliError(`--public-key: ${(err as Error).message}`, EXIT.usage);
    }
  }
  try {
    return deriveCheckpointKey(cliMasterKey(command));
  } catch (err) {
    throw new CliError(
      `${(err as Error).message}; to check checkpoints without it, give the signing key with --public-key <file>`,
    );
  }
}

/** Reads a checkpoint file, naming the file and field at fault. */
export function checkpointsFromFile(file: string): CheckpointSource {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`--checkpoint: cannot read ${file}: ${(err as Error).message}`, EXIT.usage);
  }
  try {
    const { checkpoints } = parseCheckpoints(text, file);
    return { kind: 'file', description: `the checkpoint file ${file}`, checkpoints, problems: [] };
  } catch (err) {
    throw new CliError(`--checkpoint: ${(err as Error).message}`, EXIT.usage);
  }
}

/** The checkpoints published in the evidence store, or a `none` source saying why they were not read. */
export async function checkpointsFromStore(command: string, haveKey: boolean): Promise<CheckpointSource> {
  const none = (why: string): CheckpointSource => ({
    kind: 'none',
    description: why,
    checkpoints: [],
    problems: [],
  });
  if (!haveKey && !hasMasterKey(command)) {
    return none('Checkpoints not compared: no master key here to know the signing key (see --public-key).');
  }
  let store: Awaited<ReturnType<typeof openCliBlobStore>>;
  try {
    store = await openCliBlobStore(command);
  } catch (err) {
    return none(`Checkpoints not compared: the evidence store cannot be opened (${(err as Error).message}).`);
  }
  try {
    const found = await storedCheckpoints(store);
    return {
      kind: 'store',
      description: `the evidence store (${store.description})`,
      checkpoints: found.checkpoints,
      problems: found.unreadable.map((u) => `checkpoint record ${u.key} cannot be read: ${u.reason}`),
    };
  } catch (err) {
    return none(`Checkpoints not compared: reading the evidence store failed (${(err as Error).message}).`);
  } finally {
    store.close?.();
  }
}

/** Compares one organization's chain with its checkpoints and words each problem. */
export async function compareChain(
  db: Db,
  orgId: string,
  checkpoints: SignedCheckpoint[],
  key: PublicCheckpointKey,
): Promise<ChainCheckpointResult> {
  const checks = await checkAgainstCheckpoints(db, orgId, checkpoints, key.publicKey);
  const problems: CheckpointProblem[] = [];
  let latest: ChainCheckpointResult['latest'] = null;
  for (const c of checks) {
    const base = {
      checkpointAt: c.checkpoint.at,
      checkpointLength: c.checkpoint.length,
      actualLength: c.actualLength,
    };
    if (c.refused) {
      problems.push({
        ...base,
        kind: 'refused',
        message: `checkpoint of ${c.checkpoint.at} refused: ${c.refused}`,
      });
    } else if (c.mismatch) {
      const kind = c.mismatch.reason === 'truncated' ? 'cut' : 'rewritten';
      const gone =
        c.mismatch.reason === 'truncated' && c.actualLength < c.checkpoint.length
          ? ` (entries ${c.actualLength + 1} to ${c.checkpoint.length} are gone)`
          : '';
      problems.push({ ...base, kind, message: `${describeMismatch(c.mismatch, c.checkpoint)}${gone}` });
    } else if (!latest || c.checkpoint.length > latest.length) {
      latest = { at: c.checkpoint.at, length: c.checkpoint.length };
    }
  }
  return { compared: checks.length, latest, problems };
}
