/**
 * Writes large exports in the real tools' shapes for the import benchmark: a Trivy image report
 * (SchemaVersion 2, os and language packages, vulnerabilities with descriptions, CVSS and
 * references) and an Okta `/api/v1/users` array with each user's factors and roles. Deterministic
 * (seeded), streamed to disk so the generator itself stays small.
 *
 *   node --import tsx bench/imports/generate.ts --kind trivy|okta --mb 300 --out FILE
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { parseArgs } from 'node:util';

/** A small seeded generator (mulberry32), so two runs write the same file. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'a an the buffer overflow in when parsing crafted input allows remote attackers to cause denial of service memory corruption via heap use after free integer out of bounds read write function library component certificate validation bypass may lead arbitrary code execution information disclosure'.split(
    ' ',
  );

async function write(out: WriteStream, text: string) {
  if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
}

function sentence(rand: () => number, words: number): string {
  const w: string[] = [];
  for (let i = 0; i < words; i++) w.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const s = w.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'MEDIUM', 'LOW', 'LOW', 'UNKNOWN'];

function trivyVuln(rand: () => number, n: number, pkg: string, version: string, type: string): object {
  const year = 2015 + Math.floor(rand() * 11);
  const id = `CVE-${year}-${10000 + n}`;
  const severity = SEVERITIES[Math.floor(rand() * SEVERITIES.length)]!;
  const fixed = rand() < 0.6 ? `${version.split('-')[0]}-${1 + Math.floor(rand() * 9)}+deb12u1` : '';
  const score = Math.round(rand() * 100) / 10;
  return {
    VulnerabilityID: id,
    PkgID: `${pkg}@${version}`,
    PkgName: pkg,
    PkgIdentifier: {
      PURL: `pkg:${type === 'debian' ? 'deb/debian' : type}/${pkg}@${version}`,
      UID: (n * 2654435761).toString(16).padStart(16, '0').slice(-16),
    },
    InstalledVersion: version,
    ...(fixed ? { FixedVersion: fixed } : {}),
    Status: fixed ? 'fixed' : 'affected',
    Layer: {
      Digest: `sha256:${(n % 7).toString(16).repeat(64)}`,
      DiffID: `sha256:${((n + 3) % 11).toString(16).repeat(64)}`,
    },
    SeveritySource: 'nvd',
    PrimaryURL: `https://avd.aquasec.com/nvd/${id.toLowerCase()}`,
    DataSource: {
      ID: 'debian',
      Name: 'Debian Security Tracker',
      URL: 'https://salsa.debian.org/security-tracker-team/security-tracker',
    },
    Title: `${pkg}: ${sentence(rand, 6)}`,
    Description: sentence(rand, 40 + Math.floor(rand() * 40)),
    Severity: severity,
    CweIDs: [`CWE-${100 + Math.floor(rand() * 800)}`],
    VendorSeverity: { debian: 1 + Math.floor(rand() * 3), nvd: 1 + Math.floor(rand() * 4) },
    CVSS: {
      nvd: { V3Vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', V3Score: score },
      redhat: { V3Vector: 'CVSS:3.1/AV:L/AC:H/PR:N/UI:R/S:U/C:N/I:N/A:H', V3Score: score / 2 },
    },
    References: Array.from(
      { length: 3 + Math.floor(rand() * 6) },
      (_, i) => `https://security-tracker.debian.org/tracker/${id}?ref=${i}`,
    ),
    PublishedDate: `${year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}T15:15:00Z`,
    LastModifiedDate: '2025-11-04T12:00:00Z',
  };
}

/** A Trivy image report of about `bytes`: 20 targets, each with packages holding several vulnerabilities. */
async function trivy(out: WriteStream, bytes: number) {
  const rand = rng(1);
  await write(
    out,
    `{\n  "SchemaVersion": 2,\n  "CreatedAt": "2026-11-30T10:00:00.000Z",\n  "ArtifactName": "registry.example.com/acme/api:1.42.0",\n  "ArtifactType": "container_image",\n  "Metadata": ${JSON.stringify(
      {
        Size: 412000000,
        OS: { Family: 'debian', Name: '12.8' },
        ImageID: `sha256:${'ab'.repeat(32)}`,
        DiffIDs: [`sha256:${'cd'.repeat(32)}`],
        RepoTags: ['registry.example.com/acme/api:1.42.0'],
        RepoDigests: [`registry.example.com/acme/api@sha256:${'ef'.repeat(32)}`],
        ImageConfig: { architecture: 'amd64', os: 'linux', config: { Env: ['PATH=/usr/bin'] } },
      },
      null,
      2,
    ).replaceAll('\n', '\n  ')},\n  "Results": [`,
  );
  const targets = 20;
  const perTarget = bytes / targets;
  let written = 0;
  let n = 0;
  for (let t = 0; t < targets; t++) {
    const os = t === 0;
    const type = os ? 'debian' : ['npm', 'gomod', 'pip', 'jar'][t % 4]!;
    const target = os ? 'registry.example.com/acme/api:1.42.0 (debian 12.8)' : `app/service-${t}/lockfile`;
    await write(
      out,
      `${t ? ',' : ''}\n    {\n      "Target": ${JSON.stringify(target)},\n      "Class": "${os ? 'os-pkgs' : 'lang-pkgs'}",\n      "Type": "${type}",\n      "Vulnerabilities": [`,
    );
    let inTarget = 0;
    let first = true;
    let pkgNo = 0;
    while (inTarget < perTarget) {
      const pkg = `${os ? 'lib' : ''}pkg-${t}-${pkgNo++}`;
      const version = `${1 + Math.floor(rand() * 5)}.${Math.floor(rand() * 20)}.${Math.floor(rand() * 10)}-1`;
      const vulns = 1 + Math.floor(rand() * 8);
      for (let v = 0; v < vulns; v++) {
        const text = JSON.stringify(trivyVuln(rand, n++, pkg, version, type), null, 2).replaceAll(
          '\n',
          '\n        ',
        );
        const chunk = `${first ? '' : ','}\n        ${text}`;
        first = false;
        inTarget += chunk.length;
        await write(out, chunk);
      }
    }
    written += inTarget;
    await write(out, '\n      ]\n    }');
  }
  await write(out, '\n  ]\n}\n');
  return { findings: n, targets, bytes: written };
}

const FACTORS = ['token:software:totp', 'push', 'webauthn', 'sms', 'question', 'email'];
const ROLES = ['SUPER_ADMIN', 'ORG_ADMIN', 'APP_ADMIN', 'READ_ONLY_ADMIN'];
const STATUSES = [
  'ACTIVE',
  'ACTIVE',
  'ACTIVE',
  'ACTIVE',
  'ACTIVE',
  'SUSPENDED',
  'DEPROVISIONED',
  'LOCKED_OUT',
  'STAGED',
  'PASSWORD_EXPIRED',
];

function oktaUser(rand: () => number, n: number): object {
  const id = `00u${n.toString(36).padStart(10, '0')}${'ABCDEFG'.slice(n % 7)}`.slice(0, 20);
  const login = `user${n}@acme.example`;
  const status = STATUSES[Math.floor(rand() * STATUSES.length)]!;
  const day = (k: number) =>
    new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * k) * 86_400_000).toISOString();
  const factors = Array.from({ length: Math.floor(rand() * 3) }, (_, i) => ({
    id: `uft${n.toString(36)}${i}`,
    factorType: FACTORS[Math.floor(rand() * FACTORS.length)],
    provider: 'OKTA',
    vendorName: 'OKTA',
    status: rand() < 0.9 ? 'ACTIVE' : 'PENDING_ACTIVATION',
    created: day(900),
    lastUpdated: day(1000),
    profile: { credentialId: login },
    _links: {
      self: {
        href: `https://acme.okta.com/api/v1/users/${id}/factors/uft${i}`,
        hints: { allow: ['GET', 'DELETE'] },
      },
    },
  }));
  const roles =
    rand() < 0.05
      ? [
          {
            id: `ra${n}`,
            label: 'Administrator',
            type: ROLES[Math.floor(rand() * ROLES.length)],
            status: 'ACTIVE',
            created: day(900),
            lastUpdated: day(900),
            assignmentType: 'USER',
          },
        ]
      : [];
  return {
    id,
    status,
    created: day(600),
    activated: day(600),
    statusChanged: day(900),
    lastLogin: rand() < 0.1 ? null : day(1400),
    lastUpdated: day(1400),
    passwordChanged: day(1200),
    type: { id: 'oty1abcdefghijklmno7' },
    profile: {
      firstName: `First${n}`,
      lastName: `Last${n % 9973}`,
      mobilePhone: null,
      secondEmail: null,
      login,
      email: login,
      department: ['Engineering', 'Sales', 'Support', 'Finance'][n % 4],
      title: 'Staff',
      employeeNumber: String(100000 + n),
    },
    credentials: {
      password: {},
      emails: [{ value: login, status: 'VERIFIED', type: 'PRIMARY' }],
      provider: { type: 'OKTA', name: 'OKTA' },
    },
    _links: {
      suspend: { href: `https://acme.okta.com/api/v1/users/${id}/lifecycle/suspend`, method: 'POST' },
      schema: { href: 'https://acme.okta.com/api/v1/meta/schemas/user/osc1abcdefghijklmno7' },
      resetPassword: {
        href: `https://acme.okta.com/api/v1/users/${id}/lifecycle/reset_password`,
        method: 'POST',
      },
      self: { href: `https://acme.okta.com/api/v1/users/${id}` },
      type: { href: 'https://acme.okta.com/api/v1/meta/types/user/oty1abcdefghijklmno7' },
      deactivate: { href: `https://acme.okta.com/api/v1/users/${id}/lifecycle/deactivate`, method: 'POST' },
    },
    factors,
    roles,
  };
}

/** An Okta users array of about `bytes`, pretty-printed as the README's export script writes it. */
async function okta(out: WriteStream, bytes: number) {
  const rand = rng(2);
  await write(out, '[');
  let written = 0;
  let n = 0;
  while (written < bytes) {
    const text = `${n ? ',' : ''}\n  ${JSON.stringify(oktaUser(rand, n++), null, 2).replaceAll('\n', '\n  ')}`;
    written += text.length;
    await write(out, text);
  }
  await write(out, '\n]\n');
  return { users: n, bytes: written };
}

const { values } = parseArgs({
  options: { kind: { type: 'string' }, mb: { type: 'string', default: '300' }, out: { type: 'string' } },
});
if (!values.out || (values.kind !== 'trivy' && values.kind !== 'okta')) {
  console.error('usage: generate.ts --kind trivy|okta --mb 300 --out FILE');
  process.exit(2);
}
const out = createWriteStream(values.out);
const bytes = Number(values.mb) * 1024 * 1024;
const made = values.kind === 'trivy' ? await trivy(out, bytes) : await okta(out, bytes);
await new Promise<void>((resolve, reject) =>
  out.end((err?: Error | null) => (err ? reject(err) : resolve())),
);
console.log(JSON.stringify(made));
