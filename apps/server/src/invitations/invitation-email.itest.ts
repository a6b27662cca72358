import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../mail/mailer.ts';
import { tokenOf } from '../test/invite-fixtures.ts';
import {
  clientFrom,
  createTestApp,
  OWNER_PASSWORD,
  setupOrganization,
  type TestApp,
} from '../test/test-app.ts';

/** Splits a raw single-part message into headers and its decoded text body. */
function parseMail(raw: string) {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head!.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  let body = rest.join('\r\n\r\n');
  const encoding = headers.get('content-transfer-encoding');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    body = Buffer.from(bytes, 'latin1').toString('utf8');
  } else if (encoding === 'base64') {
    body = Buffer.from(body, 'base64').toString('utf8');
  }
  return {
    subject: headers.get('subject'),
    contentType: headers.get('content-type'),
    text: body.replace(/\r\n/g, '\n'),
  };
}

interface Received {
  from: string;
  to: string[];
  raw: string;
}

describe('invitation email over real SMTP', () => {
  const inbox: Received[] = [];
  let smtp: SMTPServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          inbox.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    t = await createTestApp(
      { publicUrl: 'https://vigil.acme.test' },
      createMailer(`smtp://127.0.0.1:${port}`, 'Vigil <vigil@acme.test>'),
    );
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('delivers the invitation with a working link', async () => {
    const owner = await setupOrganization(t.app);
    const res = await owner.request('POST', '/api/invitations', {
      email: 'newhire@acme.test',
      role: 'member',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().emailed).toBe(true);
    expect(inbox).toHaveLength(1);
    const mail = inbox[0]!;
    expect(mail.from).toBe('vigil@acme.test');
    expect(mail.to).toEqual(['newhire@acme.test']);
    const parsed = parseMail(mail.raw);
    expect(parsed.contentType).toMatch(/^text\/plain/);
    expect(parsed.subject).toBe('Olivia Owner invited you to Acme Cloud on Vigil');
    expect(parsed.text).toContain('as a member');
    expect(parsed.text).toContain(res.json().url);

    const link = parsed.text.match(/https:\/\/vigil\.acme\.test\/accept-invite\?token=[\w-]+/)![0];
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token: tokenOf(link), name: 'New Hire', password: OWNER_PASSWORD },
    });
    expect((await clientFrom(t.app, accepted).request('GET', '/api/auth/session')).json().user.email).toBe(
      'newhire@acme.test',
    );
  });

  it('still answers with the link when the mail server is gone', async () => {
    const dead = await createTestApp({}, createMailer('smtp://127.0.0.1:1', 'Vigil <vigil@acme.test>'));
    try {
      const owner = await setupOrganization(dead.app);
      const res = await owner.request('POST', '/api/invitations', { email: 'x@acme.test', role: 'viewer' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        emailed: false,
        url: expect.stringContaining('/accept-invite?token='),
      });
    } finally {
      await dead.close();
    }
  });
});
