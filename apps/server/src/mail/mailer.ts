/** Outgoing email through SMTP (nodemailer), configured by SMTP_URL. */
import type { Transporter } from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** A mailer for the SMTP server at `url` (smtp://user:pass@host:port), or null when none is set. */
export function createMailer(url: string | undefined, from: string): Mailer | null {
  if (!url) return null;
  // The mail library (about a hundred modules) is loaded with the first message, not at start.
  let transport: Promise<Transporter> | null = null;
  return {
    async send(mail) {
      transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(url));
      await (await transport).sendMail({ from, ...mail });
    },
  };
}
