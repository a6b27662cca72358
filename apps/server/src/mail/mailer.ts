/** Outgoing email through SMTP (nodemailer), configured by SMTP_URL. */
import nodemailer from 'nodemailer';

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
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}
