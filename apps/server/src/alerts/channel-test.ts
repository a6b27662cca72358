/** A test digest sent through one channel on demand, so an admin can see the channel works. */
import { randomUUID } from 'node:crypto';
import type { ChannelTestResult } from '@vigil/api';
import { notFound } from '@vigil/core';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { presentChannel } from './alert-channels.ts';
import { deliverDigest } from './delivery.ts';
import { DEFAULT_DISPATCH } from './dispatcher.ts';

const { alertChannels, organizations } = schema;

/** Sends one harmless event through the channel; a delivery failure is reported, not thrown. */
export async function sendTestDigest(
  { db, masterKey, mailer, config }: Pick<AppContext, 'db' | 'masterKey' | 'mailer' | 'config'>,
  orgId: string,
  channelId: string,
  user: { id: string; name: string; email: string },
): Promise<ChannelTestResult> {
  const [channel] = await db
    .select()
    .from(alertChannels)
    .where(and(eq(alertChannels.orgId, orgId), eq(alertChannels.id, channelId)));
  if (!channel) throw notFound('alert channel');
  const [org] = await db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  const now = new Date();
  try {
    await deliverDigest(
      {
        mailer,
        masterKey,
        publicUrl: config.publicUrl,
        maxItems: 10,
        timeoutMs: DEFAULT_DISPATCH.timeoutMs,
      },
      channel,
      {
        id: randomUUID(),
        org: org!,
        recipient: channel.kind === 'email' ? { id: user.id, name: user.name, email: user.email } : null,
        events: [
          {
            id: 0,
            kind: 'fail',
            createdAt: now,
            payload: {
              title: `Test alert for "${presentChannel(channel).name}"`,
              reason: 'nothing is wrong; this is a test',
            },
          },
        ],
        generatedAt: now,
      },
    );
    return { ok: true, error: null };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}
