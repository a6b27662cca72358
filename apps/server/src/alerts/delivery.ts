/**
 * Sends one digest through one channel: email (SMTP via the mailer), a webhook signed with
 * HMAC-SHA256, or a Slack-compatible incoming webhook. Throws with a readable reason on failure.
 */
import { createHmac } from 'node:crypto';
import type { Mailer } from '../mail/mailer.ts';
import { decryptSecret } from '../security/secrets.ts';
import { type Digest, renderEmail, renderSlack, renderWebhook } from './digest.ts';

export interface ChannelTarget {
  id: string;
  kind: string;
  target: string;
  secretEnc: string | null;
}

export interface DeliveryDeps {
  mailer: Mailer | null;
  masterKey: Buffer;
  publicUrl?: string;
  maxItems: number;
  timeoutMs: number;
}

export const SIGNATURE_HEADER = 'x-vigil-signature';
export const TIMESTAMP_HEADER = 'x-vigil-timestamp';

/** `sha256=<hex HMAC-SHA256 of the raw body>`: what receivers recompute with their copy of the secret. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

async function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number) {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Vigil-Alerts/0.1', ...headers },
      body,
      // A redirect could lead anywhere, internal addresses included; receivers must answer directly.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const cause = (err as Error & { cause?: Error }).cause;
    throw new Error(`POST ${new URL(url).origin} failed: ${cause?.message ?? (err as Error).message}`);
  }
  await res.body?.cancel();
  if (res.status < 200 || res.status >= 300) {
    throw new Error(`POST ${new URL(url).origin} answered ${res.status} ${res.statusText}`.trim());
  }
}

/** The addresses an email digest goes to: the control owner, then the channel's own list. */
export function emailRecipients(d: Digest, channel: ChannelTarget): string[] {
  const list = channel.target ? channel.target.split(',') : [];
  return [...new Set([...(d.recipient ? [d.recipient.email.toLowerCase()] : []), ...list])];
}

/** Delivers the digest; resolves when the receiver accepted it. */
export async function deliverDigest(deps: DeliveryDeps, channel: ChannelTarget, d: Digest): Promise<void> {
  if (channel.kind === 'email') {
    const to = emailRecipients(d, channel);
    if (to.length === 0) return;
    if (!deps.mailer) throw new Error('email is not configured: set SMTP_URL');
    const mail = renderEmail(d, deps.maxItems, deps.publicUrl);
    await deps.mailer.send({ to: to.join(', '), ...mail });
    return;
  }
  if (channel.kind === 'slack') {
    await post(channel.target, JSON.stringify(renderSlack(d, deps.maxItems)), {}, deps.timeoutMs);
    return;
  }
  if (channel.kind === 'webhook') {
    const payload = renderWebhook(d, deps.maxItems);
    const body = JSON.stringify(payload);
    const headers: Record<string, string> = {
      [TIMESTAMP_HEADER]: String(payload.timestamp),
      'x-vigil-delivery': d.id,
    };
    if (channel.secretEnc)
      headers[SIGNATURE_HEADER] = signBody(decryptSecret(deps.masterKey, channel.secretEnc), body);
    await post(channel.target, body, headers, deps.timeoutMs);
    return;
  }
  throw new Error(`unknown channel kind ${channel.kind}`);
}
