/**
 * OSCAL JSON export: pure builders for the catalog, profile, component definition, system security
 * plan, assessment results and plan of action and milestones. Same input, same bytes: every uuid is a
 * UUIDv5 of stable keys and every list keeps the order it is given in (callers sort), so two exports
 * of unchanged data differ only in the pinned `at` timestamp. See docs/oscal.md.
 */
import { createHash } from 'node:crypto';
import {
  CATEGORIES,
  type CategoryId,
  type ComponentKind,
  CRITERIA,
  CRITERION_GROUPS,
  type Criterion,
} from '@vigil/catalog';
import { type Role, RoleSchema } from './permissions.ts';

/** The OSCAL release the documents declare; the tests validate them against 1.1.3 and 1.2.2. */
export const OSCAL_VERSION = '1.1.3';
/** Namespace of Vigil's own property names (OSCAL asks custom props to name one). */
export const VIGIL_OSCAL_NS = 'urn:vigil:oscal';
/** The models Vigil exports, by the name the CLI and routes use. */
export const OSCAL_MODELS = [
  'catalog',
  'profile',
  'component-definition',
  'ssp',
  'assessment-results',
  'poam',
] as const;
export type OscalModel = (typeof OSCAL_MODELS)[number];

type Json = Record<string, unknown>;

// Fixed namespace of Vigil's UUIDv5 names (itself a v5 of the URL namespace and 'urn:vigil:oscal').
const NAMESPACE = 'd3a6e0f4-5b8e-5c55-9a57-0e3c1f0b6a21';

/** RFC 9562 UUIDv5 of `name` in `namespace`. */
export function uuidV5(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A deterministic uuid for a thing named by its stable keys (model, organization, row id …). */
export const oscalUuid = (...keys: string[]) => uuidV5(keys.join('\u0000'));

/** OSCAL prose and strings must not be empty nor start or end with a space. */
const text = (s: string | null | undefined, fallback = 'Not recorded.') => {
  const t = (s ?? '').trim();
  return t === '' ? fallback : t;
};

const prop = (name: string, value: string, remarks?: string): Json => ({
  name,
  ns: VIGIL_OSCAL_NS,
  value: text(value),
  ...(remarks ? { remarks: text(remarks) } : {}),
});

interface MetaInput {
  title: string;
  at: Date;
  version?: string;
  remarks?: string;
  props?: Json[];
}

function metadata(m: MetaInput): Json {
  return {
    title: m.title,
    'last-modified': m.at.toISOString(),
    version: m.version ?? '1',
    'oscal-version': OSCAL_VERSION,
    ...(m.props?.length ? { props: m.props } : {}),
    ...(m.remarks ? { remarks: m.remarks } : {}),
  };
}

/** A back-matter resource for a document referred to by a uuid fragment (`#uuid`). */
interface Resource {
  uuid: string;
  title: string;
  description?: string;
  href?: string;
  mediaType?: string;
  sha256?: string;
  remarks?: string;
}

function backMatter(resources: Resource[]): Json | undefined {
  if (resources.length === 0) return undefined;
  return {
    resources: resources.map((r) => ({
      uuid: r.uuid,
      title: r.title,
      ...(r.description ? { description: r.description } : {}),
      ...(r.href
        ? {
            rlinks: [
              {
                href: r.href,
                ...(r.mediaType ? { 'media-type': r.mediaType } : {}),
                ...(r.sha256 ? { hashes: [{ algorithm: 'SHA-256', value: r.sha256 }] } : {}),
              },
            ],
          }
        : {}),
      ...(r.remarks ? { remarks: r.remarks } : {}),
    })),
  };
}

const catalogResource = (): Resource => ({
  uuid: oscalUuid('catalog-resource'),
  title: 'Vigil trust services criteria catalog',
  href: 'vigil-catalog.json',
  mediaType: 'application/oscal.catalog+json',
});

// ─── catalog ────────────────────────────────────────────────────────────────

function criterionControl(c: Criterion): Json {
  const props = [{ name: 'label', value: c.id }];
  if (c.cosoPrinciple)
    props.push(prop('coso-principle', String(c.cosoPrinciple)) as { name: string; value: string });
  return {
    id: c.id,
    class: 'criterion',
    title: c.title,
    props,
    parts: [
      { id: `${c.id}_smt`, name: 'statement', prose: c.description },
      {
        id: `${c.id}_pof`,
        name: 'guidance',
        title: 'Points of focus',
        parts: c.pointsOfFocus.map((p, i) => ({ id: `${c.id}_pof.${i + 1}`, name: 'item', prose: p })),
      },
    ],
  };
}

/** The criteria catalog (categories → criterion groups → criteria), in Vigil's own wording. */
export function buildOscalCatalog(opts: { at: Date }): Json {
  const groups = CATEGORIES.map((cat) => ({
    id: cat.id,
    class: 'category',
    title: cat.name,
    props: [{ name: 'label', value: cat.code }],
    parts: [{ id: `${cat.id}_ovw`, name: 'overview', prose: `${cat.summary}\n\n${cat.whenToInclude}` }],
    groups: CRITERION_GROUPS.filter((g) => g.category === cat.id).map((g) => ({
      id: g.id,
      class: 'criterion-group',
      title: g.name,
      props: [{ name: 'label', value: g.id }],
      controls: CRITERIA.filter((c) => c.groupId === g.id).map(criterionControl),
    })),
  }));
  return {
    catalog: {
      uuid: oscalUuid('catalog'),
      metadata: metadata({
        title: 'Vigil trust services criteria catalog',
        at: opts.at,
        remarks:
          'The SOC 2 trust services criteria as Vigil words them: a summary in its own words with points of ' +
          'focus, not the AICPA text.',
      }),
      groups,
    },
  };
}

// ─── profile ────────────────────────────────────────────────────────────────

/** An organization's control as the profile, SSP and POA&M need it. */
export interface OscalControl {
  id: string;
  code: string;
  title: string;
  description: string;
  status: 'not_started' | 'in_progress' | 'implemented';
  applicable: boolean;
  naJustification: string | null;
  criteria: string[];
  templateId: string | null;
}

export interface OscalOrg {
  id: string;
  name: string;
  slug: string;
  categories: CategoryId[];
}

const inScopeCriteria = (categories: readonly CategoryId[]) =>
  CRITERIA.filter((c) => categories.includes(c.category));

/**
 * Criteria of the categories in scope that the organization marked not applicable: every control
 * mapped to them is marked not applicable. The reasons are those controls' recorded justifications.
 */
export function notApplicableCriteria(org: OscalOrg, controls: readonly OscalControl[]) {
  const out: { id: string; reasons: string[] }[] = [];
  for (const c of inScopeCriteria(org.categories)) {
    const mapped = controls.filter((k) => k.criteria.includes(c.id));
    if (mapped.length > 0 && mapped.every((k) => !k.applicable)) {
      out.push({
        id: c.id,
        reasons: mapped.map((k) => `${k.code}: ${text(k.naJustification, 'no reason recorded')}`),
      });
    }
  }
  return out;
}

/** The organization's profile: the criteria of its categories in scope, minus those it marked not applicable. */
export function buildOscalProfile(input: { at: Date; org: OscalOrg; controls: OscalControl[] }): Json {
  const { org } = input;
  const na = notApplicableCriteria(org, input.controls);
  const naIds = new Set(na.map((n) => n.id));
  const included = inScopeCriteria(org.categories)
    .map((c) => c.id)
    .filter((id) => !naIds.has(id));
  const outOfScope = CATEGORIES.filter((c) => !org.categories.includes(c.id));
  const cat = catalogResource();
  const props = [
    ...org.categories.map((c) => prop('category-in-scope', c)),
    ...outOfScope.map((c) => prop('category-out-of-scope', c.id)),
    ...na.map((n) => prop('not-applicable', n.id, n.reasons.join('\n'))),
  ];
  return {
    profile: {
      uuid: oscalUuid('profile', org.id),
      metadata: metadata({
        title: `${org.name}: trust services criteria in scope`,
        at: input.at,
        props,
        remarks:
          `Categories in scope: ${org.categories.map((c) => CATEGORIES.find((k) => k.id === c)!.name).join(', ')}.` +
          (na.length ? ` Criteria marked not applicable: ${na.map((n) => n.id).join(', ')}.` : ''),
      }),
      imports: [
        {
          href: `#${cat.uuid}`,
          'include-controls': [{ 'with-ids': included.length ? included : ['CC1.1'] }],
          ...(na.length ? { 'exclude-controls': [{ 'with-ids': na.map((n) => n.id) }] } : {}),
        },
      ],
      merge: { 'as-is': true },
      'back-matter': backMatter([cat]),
    },
  };
}

// ─── component definition ───────────────────────────────────────────────────

/** A check as the component definition shows it (built-in or the organization's own). */
export interface OscalCheck {
  id: string;
  title: string;
  description: string;
  severity: string;
  resourceType: string;
  criteria: string[];
  controls: string[];
}

/** A connector kind (file importer or live collector) and the resource types it produces. */
export interface OscalConnector {
  id: string;
  title: string;
  description: string;
  produces: string[];
}

/** A control template of the library. */
export interface OscalTemplate {
  id: string;
  title: string;
  description: string;
  criteria: string[];
}

const criterionOrder = new Map(CRITERIA.map((c, i) => [c.id, i]));
const byCriterion = (a: string, b: string) => (criterionOrder.get(a) ?? 1e9) - (criterionOrder.get(b) ?? 1e9);

/**
 * The component definition: the control library as one component, and one per connector kind with
 * the automated checks that run on what it collects, each mapped to the criteria it gives evidence for.
 */
export function buildOscalComponentDefinition(input: {
  at: Date;
  templates: OscalTemplate[];
  connectors: OscalConnector[];
  checks: OscalCheck[];
  orgId?: string;
}): Json {
  const cat = catalogResource();
  const source = `#${cat.uuid}`;
  const scopeKey = input.orgId ?? 'shipped';
  const criteriaOf = (items: { criteria: string[] }[]) =>
    [...new Set(items.flatMap((i) => i.criteria))].filter((c) => criterionOrder.has(c)).sort(byCriterion);

  const library = {
    uuid: oscalUuid('component', scopeKey, 'control-library'),
    type: 'policy',
    title: 'Vigil control library',
    description:
      'The controls Vigil suggests an organization adopt, each mapped to the criteria it helps meet.',
    'control-implementations': [
      {
        uuid: oscalUuid('component-impl', scopeKey, 'control-library'),
        source,
        description: 'Criteria the control library addresses.',
        'implemented-requirements': criteriaOf(input.templates).map((cid) => {
          const ts = input.templates.filter((t) => t.criteria.includes(cid));
          return {
            uuid: oscalUuid('component-req', scopeKey, 'control-library', cid),
            'control-id': cid,
            description: ts.map((t) => `${t.id} ${t.title}: ${t.description}`).join('\n\n'),
            props: ts.map((t) => prop('control-template', t.id)),
          };
        }),
      },
    ],
  };

  const connectors = input.connectors
    .map((conn) => ({ conn, checks: input.checks.filter((c) => conn.produces.includes(c.resourceType)) }))
    .filter(({ checks }) => checks.length > 0)
    .map(({ conn, checks }) => ({
      uuid: oscalUuid('component', scopeKey, 'connector', conn.id),
      type: 'service',
      title: conn.title,
      description: text(conn.description),
      props: [prop('connector-kind', conn.id)],
      'control-implementations': [
        {
          uuid: oscalUuid('component-impl', scopeKey, 'connector', conn.id),
          source,
          description: `Automated checks Vigil runs on what ${conn.title} collects.`,
          'implemented-requirements': criteriaOf(checks).map((cid) => {
            const mine = checks.filter((c) => c.criteria.includes(cid));
            return {
              uuid: oscalUuid('component-req', scopeKey, 'connector', conn.id, cid),
              'control-id': cid,
              description: mine.map((c) => `${c.title} (${c.severity}): ${c.description}`).join('\n\n'),
              props: mine.map((c) => prop('check', c.id)),
            };
          }),
        },
      ],
    }));

  return {
    'component-definition': {
      uuid: oscalUuid('component-definition', scopeKey),
      metadata: metadata({ title: 'Vigil control library and automated checks', at: input.at }),
      components: [library, ...connectors],
      'back-matter': backMatter([cat]),
    },
  };
}

// ─── system security plan ───────────────────────────────────────────────────

export interface OscalSystem {
  id: string;
  name: string;
  kind: ComponentKind;
  description: string;
  ownerName: string | null;
  inScope: boolean;
}

const COMPONENT_TYPE: Record<ComponentKind, string> = {
  infrastructure: 'hardware',
  software: 'software',
  data: 'service',
  people: 'process-procedure',
  procedures: 'process-procedure',
  vendors: 'interconnection',
};

const IMPLEMENTATION: Record<OscalControl['status'], string> = {
  not_started: 'planned',
  in_progress: 'partial',
  implemented: 'implemented',
};

const NO_SYSTEM_DESCRIPTION =
  'Vigil keeps no system description yet: the system is described here only by its name, the ' +
  'categories in scope and the component inventory.';

const profileResource = (orgId: string): Resource => ({
  uuid: oscalUuid('profile-resource', orgId),
  title: 'Trust services criteria in scope',
  href: 'vigil-profile.json',
  mediaType: 'application/oscal.profile+json',
});

const ORG_ROLES = RoleSchema.options;
const ROLE_TITLES: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Administrator',
  member: 'Member',
  auditor: 'Service auditor',
  viewer: 'Viewer',
  employee: 'Employee',
};

/** The system security plan: the system of the scope, its components and how each criterion is met. */
export function buildOscalSsp(input: {
  at: Date;
  org: OscalOrg;
  systems: OscalSystem[];
  controls: OscalControl[];
}): Json {
  const { org } = input;
  const thisSystem = oscalUuid('ssp-component', org.id, 'this-system');
  const components = [
    {
      uuid: thisSystem,
      type: 'this-system',
      title: org.name,
      description: NO_SYSTEM_DESCRIPTION,
      status: { state: 'operational' },
    },
    ...input.systems.map((s) => ({
      uuid: oscalUuid('ssp-component', org.id, s.id),
      type: COMPONENT_TYPE[s.kind],
      title: s.name,
      description: text(s.description, `A ${s.kind} component.`),
      props: [
        prop('component-kind', s.kind),
        prop('in-scope', s.inScope ? 'true' : 'false'),
        ...(s.ownerName ? [prop('owner', s.ownerName)] : []),
      ],
      status: { state: s.inScope ? 'operational' : 'other' },
    })),
  ];
  const reqs = inScopeCriteria(org.categories)
    .map((c) => ({ c, mapped: input.controls.filter((k) => k.criteria.includes(c.id)) }))
    .filter(({ mapped }) => mapped.length > 0)
    .map(({ c, mapped }) => ({
      uuid: oscalUuid('ssp-req', org.id, c.id),
      'control-id': c.id,
      'by-components': mapped.map((k) => ({
        'component-uuid': thisSystem,
        uuid: oscalUuid('ssp-by-component', org.id, c.id, k.id),
        description: `${k.code} ${k.title}: ${text(k.description)}`,
        props: [prop('control', k.code)],
        'implementation-status': k.applicable
          ? { state: IMPLEMENTATION[k.status] }
          : { state: 'not-applicable', remarks: text(k.naJustification, 'No reason recorded.') },
      })),
    }));
  const prof = profileResource(org.id);
  const systemInfo = org.categories.map((cid) => {
    const cat = CATEGORIES.find((k) => k.id === cid)!;
    return { uuid: oscalUuid('ssp-info', org.id, cid), title: cat.name, description: cat.summary };
  });
  return {
    'system-security-plan': {
      uuid: oscalUuid('ssp', org.id),
      metadata: {
        ...metadata({ title: `${org.name}: system security plan`, at: input.at }),
        roles: ORG_ROLES.map((r) => ({ id: r, title: ROLE_TITLES[r] })),
      },
      'import-profile': { href: `#${prof.uuid}` },
      'system-characteristics': {
        'system-ids': [
          { 'identifier-type': 'https://ietf.org/rfc/rfc4122', id: oscalUuid('system', org.id) },
        ],
        'system-name': org.name,
        description: NO_SYSTEM_DESCRIPTION,
        'security-sensitivity-level': 'moderate',
        'system-information': { 'information-types': systemInfo },
        'security-impact-level': {
          'security-objective-confidentiality': 'moderate',
          'security-objective-integrity': 'moderate',
          'security-objective-availability': 'moderate',
        },
        status: { state: 'operational' },
        'authorization-boundary': {
          description: `The components marked in scope in the inventory. ${NO_SYSTEM_DESCRIPTION}`,
        },
        remarks:
          'There is no system-description domain in Vigil yet; the sensitivity and impact levels are ' +
          'placeholders OSCAL requires, not an assessment.',
      },
      'system-implementation': {
        users: ORG_ROLES.map((r) => ({
          uuid: oscalUuid('ssp-user', org.id, r),
          title: ROLE_TITLES[r],
          'role-ids': [r],
        })),
        components,
      },
      'control-implementation': {
        description: 'How each criterion in scope is met: the controls mapped to it and their state.',
        'implemented-requirements': reqs,
      },
      'back-matter': backMatter([prof]),
    },
  };
}

// ─── assessment results ─────────────────────────────────────────────────────

/** An evidence item as referenced from an observation: by its SHA-256. */
export interface OscalEvidence {
  id: string;
  title: string;
  sha256: string;
  mediaType: string;
  fileName: string;
  controlIds: string[];
}

/** One in-scope control's effectiveness over the engagement's window (or at its as-of date). */
export interface OscalEffectiveness {
  controlId: string;
  code: string;
  title: string;
  criteria: string[];
  state: 'operating' | 'exception' | 'not_evaluated';
  operatingShare: number;
  evaluatedShare: number;
  checkIds: string[];
  exceptions: {
    checkId: string;
    resourceName: string;
    reason: string;
    failedFrom: string;
    remediatedAt: string | null;
  }[];
}

/**
 * An auditor's test of a control. No source exists yet: the audit-work domain will provide them,
 * and they become observations and findings like the monitoring ones.
 */
export interface OscalAuditorTest {
  id: string;
  controlId: string;
  code: string;
  criteria: string[];
  conclusion: 'effective' | 'exception';
  description: string;
  testedAt: string;
  evidenceIds: string[];
}

export interface OscalEngagement {
  id: string;
  name: string;
  reportType: 'type1' | 'type2';
  windowStart: string | null;
  windowEnd: string | null;
  asOfDate: string | null;
  evaluatedUntil: string;
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/**
 * Assessment results for an engagement: one observation per in-scope control from monitoring (and
 * per auditor test, once they exist), evidence in back-matter by SHA-256, and one finding per
 * criterion whose controls were evaluated.
 */
export function buildOscalAssessmentResults(input: {
  at: Date;
  org: OscalOrg;
  engagement: OscalEngagement;
  effectiveness: OscalEffectiveness[];
  evidence: OscalEvidence[];
  auditorTests?: OscalAuditorTest[];
}): Json {
  const { org, engagement: e } = input;
  const key = (...k: string[]) => oscalUuid('ar', org.id, e.id, ...k);
  const evidenceRes = new Map(input.evidence.map((ev) => [ev.id, key('evidence', ev.id)]));
  const start = e.reportType === 'type2' ? `${e.windowStart}T00:00:00.000Z` : `${e.asOfDate}T00:00:00.000Z`;
  const observations: Json[] = [];
  const verdicts = new Map<string, { ok: number; bad: number; obs: string[] }>();
  const note = (criteria: string[], ok: boolean | null, obs: string) => {
    for (const cid of criteria) {
      const v = verdicts.get(cid) ?? { ok: 0, bad: 0, obs: [] };
      if (ok === true) v.ok++;
      if (ok === false) v.bad++;
      v.obs.push(obs);
      verdicts.set(cid, v);
    }
  };
  const evidenceOf = (ids: string[]) =>
    ids
      .filter((id) => evidenceRes.has(id))
      .map((id) => ({
        href: `#${evidenceRes.get(id)}`,
        description: input.evidence.find((ev) => ev.id === id)!.title,
      }));

  for (const k of input.effectiveness) {
    const uuid = key('observation', k.controlId);
    const summary =
      k.state === 'not_evaluated'
        ? 'No automated check evaluated this control in the period.'
        : e.reportType === 'type2'
          ? `Operated ${pct(k.operatingShare)} of the window, evaluated ${pct(k.evaluatedShare)}; ${k.exceptions.length} exception(s).`
          : `At the as-of date: ${k.state === 'operating' ? 'operating' : `${k.exceptions.length} exception(s)`}.`;
    const exceptions = k.exceptions.map(
      (x) =>
        `- ${x.resourceName}: ${x.reason} (from ${x.failedFrom}${x.remediatedAt ? ` to ${x.remediatedAt}` : ', still failing'})`,
    );
    const rel = evidenceOf(
      input.evidence.filter((ev) => ev.controlIds.includes(k.controlId)).map((ev) => ev.id),
    );
    observations.push({
      uuid,
      title: `${k.code} ${k.title}`,
      description: [summary, ...exceptions].join('\n'),
      props: [prop('control', k.code), prop('state', k.state), ...k.checkIds.map((c) => prop('check', c))],
      methods: ['TEST'],
      types: ['control-objective'],
      collected: e.evaluatedUntil,
      ...(rel.length ? { 'relevant-evidence': rel } : {}),
    });
    note(k.criteria, k.state === 'not_evaluated' ? null : k.state === 'operating', uuid);
  }
  for (const t of input.auditorTests ?? []) {
    const uuid = key('auditor-test', t.id);
    const rel = evidenceOf(t.evidenceIds);
    observations.push({
      uuid,
      title: `${t.code}: auditor's test`,
      description: text(t.description),
      props: [prop('control', t.code), prop('conclusion', t.conclusion)],
      methods: ['TEST'],
      types: ['control-objective'],
      origins: [{ actors: [{ type: 'party', 'actor-uuid': key('party', 'auditor') }] }],
      collected: t.testedAt,
      ...(rel.length ? { 'relevant-evidence': rel } : {}),
    });
    note(t.criteria, t.conclusion === 'effective', uuid);
  }

  const findings = [...verdicts.entries()]
    .filter(([, v]) => v.ok + v.bad > 0)
    .sort(([a], [b]) => byCriterion(a, b))
    .map(([cid, v]) => ({
      uuid: key('finding', cid),
      title: `${cid} ${CRITERIA.find((c) => c.id === cid)?.title ?? ''}`.trim(),
      description: v.bad
        ? 'At least one control mapped to this criterion had exceptions.'
        : 'Every evaluated control operated.',
      target: {
        type: 'objective-id',
        'target-id': cid,
        status: { state: v.bad ? 'not-satisfied' : 'satisfied' },
      },
      'related-observations': v.obs.map((o) => ({ 'observation-uuid': o })),
    }));
  const criteria = [...verdicts.keys()].sort(byCriterion);
  const ap: Resource = {
    uuid: key('assessment-plan'),
    title: 'Assessment plan',
    remarks: 'Vigil keeps no assessment plan document; the engagement and its window stand for it.',
  };
  const parties = (input.auditorTests ?? []).length
    ? { parties: [{ uuid: key('party', 'auditor'), type: 'organization', name: 'Service auditor' }] }
    : {};
  const period =
    e.reportType === 'type2'
      ? `Type II observation window ${e.windowStart} to ${e.windowEnd}`
      : `Type I as of ${e.asOfDate}`;
  return {
    'assessment-results': {
      uuid: key('document'),
      metadata: {
        ...metadata({ title: `${org.name}: ${e.name} assessment results`, at: input.at }),
        ...parties,
      },
      'import-ap': { href: `#${ap.uuid}` },
      results: [
        {
          uuid: key('result'),
          title: e.name,
          description: `${period}, evaluated until ${e.evaluatedUntil}. Observations come from Vigil's automated checks${(input.auditorTests ?? []).length ? " and the auditor's tests" : ''}.`,
          start,
          // A window that has not begun yet has no end to report.
          ...(Date.parse(e.evaluatedUntil) >= Date.parse(start) ? { end: e.evaluatedUntil } : {}),
          'reviewed-controls': {
            'control-selections': [
              criteria.length
                ? { 'include-controls': criteria.map((c) => ({ 'control-id': c })) }
                : { 'include-all': {} },
            ],
          },
          ...(observations.length ? { observations } : {}),
          ...(findings.length ? { findings } : {}),
        },
      ],
      'back-matter': backMatter([
        ap,
        ...input.evidence.map((ev) => ({
          uuid: evidenceRes.get(ev.id)!,
          title: ev.title,
          href: ev.fileName
            ? `evidence/${ev.sha256}/${encodeURIComponent(ev.fileName)}`
            : `evidence/${ev.sha256}`,
          mediaType: ev.mediaType,
          sha256: ev.sha256,
        })),
      ]),
    },
  };
}

// ─── plan of action and milestones ──────────────────────────────────────────

/** One thing to remediate, from whichever source (failing check, audit finding, vulnerability, audit exception). */
export interface OscalPoamItem {
  /** Stable key within its source (a check id, a finding id, a resource id). */
  key: string;
  source: 'failing-check' | 'internal-audit-finding' | 'overdue-vulnerability' | 'audit-exception';
  title: string;
  description: string;
  /** Due date (YYYY-MM-DD or ISO instant) when there is one. */
  due: string | null;
  since: string | null;
  controlCodes: string[];
  remediation?: string;
}

/** The plan of action and milestones: each open item as a risk with its deadline and a POA&M item. */
export function buildOscalPoam(input: {
  at: Date;
  org: OscalOrg;
  items: OscalPoamItem[];
  engagementId?: string;
}): Json {
  const { org } = input;
  const scope = input.engagementId ?? 'organization';
  const key = (...k: string[]) => oscalUuid('poam', org.id, scope, ...k);
  const deadline = (d: string) => (d.length === 10 ? `${d}T23:59:59.000Z` : d);
  const risks = input.items.map((i) => ({
    uuid: key('risk', i.source, i.key),
    title: i.title,
    description: text(i.description),
    statement: text(i.remediation, 'Remediation to be planned by the owner.'),
    props: [prop('source', i.source), ...i.controlCodes.map((c) => prop('control', c))],
    status: 'open',
    ...(i.due ? { deadline: deadline(i.due) } : {}),
  }));
  const open = input.items.map((i) => ({
    uuid: key('item', i.source, i.key),
    title: i.title,
    description: text(i.description),
    props: [prop('source', i.source), ...(i.since ? [prop('since', i.since)] : [])],
    'related-risks': [{ 'risk-uuid': key('risk', i.source, i.key) }],
  }));
  // OSCAL needs at least one item; an empty plan says so rather than leaving the list out.
  const items = open.length
    ? open
    : [
        {
          uuid: key('item', 'none'),
          title: 'No open items',
          description: 'Nothing to remediate was found when this plan was exported.',
        },
      ];
  return {
    'plan-of-action-and-milestones': {
      uuid: key('document'),
      metadata: metadata({ title: `${org.name}: plan of action and milestones`, at: input.at }),
      'system-id': { 'identifier-type': 'https://ietf.org/rfc/rfc4122', id: oscalUuid('system', org.id) },
      ...(risks.length ? { risks } : {}),
      'poam-items': items,
    },
  };
}

/** Serializes a document the same way every time: two-space JSON with a final newline. */
export const oscalJson = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;
