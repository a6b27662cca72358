/**
 * The public pages as plain server-rendered HTML: no script, one small inline style sheet, every
 * value escaped. They show only what the organization published and link only to each other.
 */
import { TRUST_DOCUMENT_KIND_LABELS, type TrustDocumentKind, trustDate } from '@vigil/core';

/** Escapes text for HTML content and attribute values. */
export function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

// Colours chosen for at least 4.5:1 contrast on white.
const STYLE = `
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
header{background:#0b3d5c;color:#fff;padding:1.5rem 1rem}
header p{margin:.25rem 0 0}
main{max-width:52rem;margin:0 auto;padding:1rem}
h1{font-size:1.75rem;margin:0}h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid #ccc}
h3{font-size:1.1rem;margin-bottom:.25rem}
a{color:#0b57a4}a:focus,button:focus,input:focus{outline:3px solid #b35c00;outline-offset:2px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top}
.status{font-weight:600}.muted{color:#4a4a4a}
.nda{border:1px solid #999;padding:.75rem;max-height:16rem;overflow:auto;white-space:pre-wrap;background:#f7f7f7}
label{display:block;font-weight:600;margin-top:1rem}input[type=text],input[type=email]{width:100%;max-width:28rem;padding:.5rem;font:inherit;border:1px solid #666;border-radius:4px}
.check{display:flex;gap:.5rem;align-items:flex-start;font-weight:600;margin-top:1rem}.check input{margin-top:.35rem}
.error{color:#a40000;font-weight:600}
button{margin-top:1.25rem;padding:.6rem 1.2rem;font:inherit;font-weight:600;color:#fff;background:#0b57a4;border:0;border-radius:4px;cursor:pointer}
footer{max-width:52rem;margin:2rem auto;padding:1rem;color:#4a4a4a;font-size:.9rem}
`;

/** A whole page around `body`. */
export function page(title: string, heading: string, body: string, subtitle = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${esc(heading)}</h1>${subtitle ? `<p>${esc(subtitle)}</p>` : ''}</header>
<main>
${body}
</main>
<footer>Trust page served by Vigil.</footer>
</body>
</html>
`;
}

export interface PublicPageData {
  orgName: string;
  slug: string;
  overview: string;
  frameworkStatus: string[];
  soc3Summary: string | null;
  practices: { code: string; title: string; summary: string }[];
  subProcessors: { name: string; services: string }[];
  documents: { id: string; title: string; kind: TrustDocumentKind; visibility: 'public' | 'on_request' }[];
  takesRequests: boolean;
}

/** The organization's trust page. */
export function trustPageHtml(d: PublicPageData): string {
  const base = `/trust/${d.slug}`;
  const sections: string[] = [];
  sections.push(
    `<section aria-labelledby="overview"><h2 id="overview">Overview</h2>${d.overview.trim() ? paragraphs(d.overview) : '<p class="muted">No overview yet.</p>'}</section>`,
  );
  sections.push(
    `<section aria-labelledby="compliance"><h2 id="compliance">Compliance</h2><ul>${d.frameworkStatus
      .map((s) => `<li class="status">${esc(s)}</li>`)
      .join('')}</ul>${d.soc3Summary ? `<h3>SOC 3 summary</h3>${paragraphs(d.soc3Summary)}` : ''}</section>`,
  );
  if (d.practices.length > 0)
    sections.push(
      `<section aria-labelledby="practices"><h2 id="practices">Security practices</h2>${d.practices
        .map((p) => `<h3>${esc(p.title)}</h3>${paragraphs(p.summary)}`)
        .join('\n')}</section>`,
    );
  sections.push(
    `<section aria-labelledby="subprocessors"><h2 id="subprocessors">Sub-processors</h2>${
      d.subProcessors.length === 0
        ? '<p class="muted">No sub-processors listed.</p>'
        : `<table><caption class="muted">Companies that process data on our behalf</caption><thead><tr><th scope="col">Name</th><th scope="col">What they do</th></tr></thead><tbody>${d.subProcessors
            .map((s) => `<tr><td>${esc(s.name)}</td><td>${esc(s.services)}</td></tr>`)
            .join('')}</tbody></table>`
    }</section>`,
  );
  const docs = d.documents
    .map((doc) => {
      const kind = TRUST_DOCUMENT_KIND_LABELS[doc.kind];
      return doc.visibility === 'public'
        ? `<li><a href="${base}/documents/${doc.id}">${esc(doc.title)}</a> <span class="muted">(${esc(kind)}, download)</span></li>`
        : `<li>${esc(doc.title)} <span class="muted">(${esc(kind)}, available on request)</span></li>`;
    })
    .join('');
  const onRequest = d.documents.some((doc) => doc.visibility === 'on_request');
  sections.push(
    `<section aria-labelledby="documents"><h2 id="documents">Documents</h2>${
      docs ? `<ul>${docs}</ul>` : '<p class="muted">No documents published.</p>'
    }${onRequest && d.takesRequests ? `<p><a href="${base}/request-access">Request access to documents</a></p>` : ''}</section>`,
  );
  return page(`${d.orgName} trust page`, `${d.orgName} security and trust`, sections.join('\n'));
}

export interface RequestFormData {
  orgName: string;
  slug: string;
  nda: { version: number; text: string } | null;
  documents: string[];
  values?: Record<string, string>;
  errors?: Record<string, string>;
}

/** The access request form with the NDA to accept. */
export function requestFormHtml(d: RequestFormData): string {
  const base = `/trust/${d.slug}`;
  const back = `<p><a href="${base}">Back to the ${esc(d.orgName)} trust page</a></p>`;
  if (!d.nda)
    return page(
      `Request access: ${d.orgName}`,
      `Request access to ${d.orgName} documents`,
      `<p>${esc(d.orgName)} does not take document requests yet.</p>${back}`,
    );
  const v = d.values ?? {};
  const e = d.errors ?? {};
  const field = (name: string, label: string, type: string, autocomplete: string) => {
    const err = e[name];
    return `<label for="${name}">${label}</label>
<input type="${type}" id="${name}" name="${name}" autocomplete="${autocomplete}" required value="${esc(v[name] ?? '')}"${
      err ? ` aria-invalid="true" aria-describedby="${name}-error"` : ''
    }>${err ? `<p class="error" id="${name}-error">${esc(err)}</p>` : ''}`;
  };
  const summary = Object.keys(e).length
    ? `<div role="alert"><p class="error">Please correct the following:</p><ul>${Object.values(e)
        .map((m) => `<li class="error">${esc(m)}</li>`)
        .join('')}</ul></div>`
    : '';
  const body = `${summary}
<p>Some documents are shared under a non-disclosure agreement. Tell us who you are and accept the agreement; once your request is approved, a personal link that expires is emailed to you.</p>
${d.documents.length ? `<h2>Documents available on request</h2><ul>${d.documents.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` : ''}
<form method="post" action="${base}/request-access" novalidate>
<h2>Your details</h2>
${field('name', 'Your name', 'text', 'name')}
${field('company', 'Company', 'text', 'organization')}
${field('email', 'Work email', 'email', 'email')}
<h2 id="nda-heading">Non-disclosure agreement (version ${d.nda.version})</h2>
<div class="nda" tabindex="0" role="region" aria-labelledby="nda-heading">${esc(d.nda.text)}</div>
<input type="hidden" name="ndaVersion" value="${d.nda.version}">
<div class="check"><input type="checkbox" id="acceptNda" name="acceptNda" value="yes"${v.acceptNda === 'yes' ? ' checked' : ''}${
    e.acceptNda ? ' aria-invalid="true" aria-describedby="acceptNda-error"' : ''
  }><label for="acceptNda" style="margin:0">I have read and accept the non-disclosure agreement</label></div>
${e.acceptNda ? `<p class="error" id="acceptNda-error">${esc(e.acceptNda)}</p>` : ''}
${e.ndaVersion ? `<p class="error">${esc(e.ndaVersion)}</p>` : ''}
<button type="submit">Request access</button>
</form>
${back}`;
  return page(`Request access: ${d.orgName}`, `Request access to ${d.orgName} documents`, body);
}

/** The same answer for every accepted request, whoever sent it. */
export function requestThanksHtml(orgName: string, slug: string): string {
  return page(
    `Request sent: ${orgName}`,
    'Thank you',
    `<p>Your request was received. If it is approved, a personal link to the documents is emailed to the address you gave.</p><p><a href="/trust/${esc(slug)}">Back to the ${esc(orgName)} trust page</a></p>`,
  );
}

/** The page behind an access link: the documents the grant opens. */
export function accessPageHtml(d: {
  orgName: string;
  token: string;
  expiresAt: Date;
  name: string;
  documents: { id: string; title: string; kind: TrustDocumentKind; version: number; fileName: string }[];
}): string {
  const base = `/trust/access/${d.token}/documents`;
  const rows = d.documents
    .map(
      (doc) =>
        `<tr><td>${esc(doc.title)}</td><td>${esc(TRUST_DOCUMENT_KIND_LABELS[doc.kind])}</td><td>${doc.version}</td><td><a href="${base}/${doc.id}" aria-label="View ${esc(doc.title)}">View</a> · <a href="${base}/${doc.id}?download=1" aria-label="Download ${esc(doc.title)}">Download</a></td></tr>`,
    )
    .join('');
  const body = `<p>Welcome, ${esc(d.name)}. This link is personal and works until ${esc(trustDate(d.expiresAt.toISOString().slice(0, 10)))}. Every view and download is recorded.</p>
${
  rows
    ? `<table><caption class="muted">Documents shared with you</caption><thead><tr><th scope="col">Document</th><th scope="col">Kind</th><th scope="col">Version</th><th scope="col">Open</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>No documents are shared at the moment.</p>'
}`;
  return page(`${d.orgName} documents`, `${d.orgName} security documents`, body);
}

/** A plain message page (not found, expired link, too many requests). */
export function messageHtml(title: string, message: string): string {
  return page(title, title, `<p>${esc(message)}</p>`);
}
