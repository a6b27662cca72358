/**
 * Alert channels: creating, editing and removing them, each audited in the same transaction. A
 * webhook's signing secret is generated here, returned once, and stored only encrypted.
 */

import type { ChannelCreateReq, ChannelKind, ChannelUpdateReq, ChannelView } from '@vigil/api';
import { invalid, notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { OrgActor } from '../audit/actor.ts';
import { diffFields, recordAudit } from '../audit/audit-recorder.ts';
import { encryptSecret, randomToken } from '../security/secrets.ts';

const { alertChannels } = schema;
type ChannelRow = typeof alertChannels.$inferSelect;

const Email = z.string().email();
const MAX_ADDRESSES = 50;

/** The target in its stored form, or a `target: …` error; email lists are lower-cased and de-duplicated. */
export function normalizeTarget(kind: ChannelKind, target: string): string {
  if (kind === 'email') {
    const list = [
      ...new Set(
        target
          .split(/[,;\s]+/)
          .map((a) => a.trim().toLowerCase())
          .filter(Boolean),
      ),
    ];
    const bad = list.find((a) => !Email.safeParse(a).success);
    if (bad) throw invalid('target', `target: ${bad} is not an email address`);
    if (list.length > MAX_ADDRESSES) throw invalid('target', `target: at most ${MAX_ADDRESSES} addresses`);
    return list.join(',');
  }
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw invalid('target', 'target: must be the http(s) URL to post to');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid('target', 'target: must be the http(s) URL to post to');
  }
  if (url.username || url.password) throw invalid('target', 'target: put no credentials in the URL');
  return url.toString();
}

/** A Slack incoming-webhook URL is its own credential: show only where it points. */
function displayTarget(kind: string, target: string): string {
  if (kind !== 'slack') return target;
  try {
    const url = new URL(target);
    return `${url.origin}/…`;
  } catch {
    return '…';
  }
}

/** The API view of a channel: never the secret. */
export function presentChannel(row: ChannelRow): ChannelView {
  return {
    id: row.id,
    kind: row.kind as ChannelKind,
    name: row.name,
    target: displayTarget(row.kind, row.target),
    events: row.events,
    enabled: row.enabled,
    hasSecret: row.secretEnc !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** An organization's channels, oldest first. */
export async function listChannels(db: Db, orgId: string): Promise<ChannelView[]> {
  const rows = await db
    .select()
    .from(alertChannels)
    .where(eq(alertChannels.orgId, orgId))
    .orderBy(asc(alertChannels.createdAt));
  return rows.map(presentChannel);
}

async function channelFor(tx: Db, orgId: string, id: string): Promise<ChannelRow> {
  const [row] = await tx
    .select()
    .from(alertChannels)
    .where(and(eq(alertChannels.orgId, orgId), eq(alertChannels.id, id)))
    .for('update');
  if (!row) throw notFound('alert channel');
  return row;
}

const newSecret = () => randomToken('whsec_', 32);

/** Creates a channel; a webhook gets a signing secret, returned here once. */
export async function createChannel(tx: Db, actor: OrgActor, masterKey: Buffer, req: ChannelCreateReq) {
  const target = normalizeTarget(req.kind, req.target);
  const secret = req.kind === 'webhook' ? newSecret() : null;
  const [row] = await tx
    .insert(alertChannels)
    .values({
      orgId: actor.orgId,
      kind: req.kind,
      name: req.name,
      target,
      events: req.events,
      enabled: req.enabled,
      secretEnc: secret ? encryptSecret(masterKey, secret) : null,
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'alert_channel.created',
    entityType: 'alert_channel',
    entityId: row!.id,
    changes: {
      kind: req.kind,
      name: req.name,
      target: displayTarget(req.kind, target),
      events: req.events,
      enabled: req.enabled,
    },
  });
  return { ...presentChannel(row!), secret };
}

/** Changes a channel's name, target, events or state; the kind never changes. */
export async function updateChannel(
  tx: Db,
  actor: OrgActor,
  id: string,
  req: ChannelUpdateReq,
): Promise<ChannelView> {
  const before = await channelFor(tx, actor.orgId, id);
  const patch = {
    ...req,
    ...(req.target !== undefined ? { target: normalizeTarget(before.kind as ChannelKind, req.target) } : {}),
  };
  const changes = diffFields(before, patch);
  if (Object.keys(changes).length === 0) return presentChannel(before);
  if (changes.target) {
    changes.target = {
      from: displayTarget(before.kind, before.target),
      to: displayTarget(before.kind, patch.target!),
    };
  }
  const [after] = await tx.update(alertChannels).set(patch).where(eq(alertChannels.id, id)).returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'alert_channel.updated',
    entityType: 'alert_channel',
    entityId: id,
    changes: { name: before.name, ...changes },
  });
  return presentChannel(after!);
}

/** Replaces a webhook's signing secret; the new one is returned once. */
export async function rotateChannelSecret(tx: Db, actor: OrgActor, masterKey: Buffer, id: string) {
  const before = await channelFor(tx, actor.orgId, id);
  if (before.kind !== 'webhook')
    throw invalid('channelId', 'channelId: only webhook channels have a signing secret');
  const secret = newSecret();
  const [after] = await tx
    .update(alertChannels)
    .set({ secretEnc: encryptSecret(masterKey, secret) })
    .where(eq(alertChannels.id, id))
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'alert_channel.secret_rotated',
    entityType: 'alert_channel',
    entityId: id,
    changes: { name: before.name },
  });
  return { ...presentChannel(after!), secret };
}

/** Removes a channel; alerts already delivered through it stay recorded in the outbox. */
export async function deleteChannel(tx: Db, actor: OrgActor, id: string): Promise<void> {
  const before = await channelFor(tx, actor.orgId, id);
  await tx.delete(alertChannels).where(eq(alertChannels.id, id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'alert_channel.deleted',
    entityType: 'alert_channel',
    entityId: id,
    changes: { kind: before.kind, name: before.name, target: displayTarget(before.kind, before.target) },
  });
}
