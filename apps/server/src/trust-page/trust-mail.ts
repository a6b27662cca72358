/** The email that carries a grant's link: the only place the token ever leaves the server. */
import { trustDate } from '@vigil/core';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { publicOrigin } from '../http/public-origin.ts';
import type { NewGrant } from './trust-commands.ts';

/**
 * Sends the link without holding up the answer, so an auto-approved request answers as fast as a
 * pending one and the response reveals nothing about the email or its domain.
 */
export function sendGrantMail(ctx: AppContext, req: FastifyRequest, orgId: string, grant: NewGrant): void {
  const mailer = ctx.mailer;
  if (!mailer) return;
  const link = `${publicOrigin(ctx.config, req)}/trust/access/${grant.token}`;
  void (async () => {
    const [org] = await ctx.db
      .select({ name: schema.organizations.name })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, orgId));
    await mailer.send({
      to: grant.email,
      subject: `Your access to ${org?.name ?? 'the'} security documents`,
      text: [
        `Hello ${grant.name},`,
        '',
        `Your request to read ${org?.name ?? 'our'} security documents was approved.`,
        `Open them with this personal link until ${trustDate(grant.expiresAt.toISOString().slice(0, 10))}:`,
        '',
        link,
        '',
        'Every view and download is recorded. Please do not forward this link.',
      ].join('\n'),
    });
  })().catch((err) => req.log.error({ err }, 'trust page access email failed'));
}
