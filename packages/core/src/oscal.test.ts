import { CONTROL_TEMPLATES, CRITERIA } from '@vigil/catalog';
import { describe, expect, it } from 'vitest';
import {
  buildOscalAssessmentResults,
  buildOscalCatalog,
  buildOscalComponentDefinition,
  buildOscalPoam,
  buildOscalProfile,
  buildOscalSsp,
  type OscalControl,
  type OscalOrg,
  oscalJson,
  uuidV5,
} from './oscal.ts';
import { oscalProblems, oscalReferenceErrors } from './oscal-testing.ts';

const at = new Date('2026-06-30T12:00:00.000Z');
const org: OscalOrg = { id: 'org-1', name: 'Acme', slug: 'acme', categories: ['security', 'availability'] };
const controls: OscalControl[] = [
  {
    id: 'k1',
    code: 'AC-01',
    title: 'Access reviews',
    description: 'Quarterly access reviews.',
    status: 'implemented',
    applicable: true,
    naJustification: null,
    criteria: ['CC6.1', 'CC6.2'],
    templateId: 'AC-01',
  },
  {
    id: 'k2',
    code: 'PH-01',
    title: 'Physical access',
    description: 'Badges.',
    status: 'not_started',
    applicable: false,
    naJustification: 'Fully remote company, no offices',
    criteria: ['CC6.4'],
    templateId: null,
  },
  {
    id: 'k3',
    code: 'BK-01',
    title: 'Backups',
    description: '',
    status: 'in_progress',
    applicable: true,
    naJustification: null,
    criteria: ['A1.2'],
    templateId: null,
  },
];
const engagement = {
  id: 'e1',
  name: 'SOC 2 Type II 2026',
  reportType: 'type2' as const,
  windowStart: '2026-01-01',
  windowEnd: '2026-06-30',
  asOfDate: null,
  evaluatedUntil: '2026-06-30T00:00:00.000Z',
};
const evidence = [
  {
    id: 'ev1',
    title: 'Access review Q1',
    sha256: 'a'.repeat(64),
    mediaType: 'application/pdf',
    fileName: 'review q1.pdf',
    controlIds: ['k1'],
  },
];

function all() {
  return {
    catalog: buildOscalCatalog({ at }),
    profile: buildOscalProfile({ at, org, controls }),
    components: buildOscalComponentDefinition({
      at,
      templates: CONTROL_TEMPLATES,
      connectors: [{ id: 'aws.live', title: 'AWS', description: 'Reads AWS.', produces: ['aws.iam_user'] }],
      checks: [
        {
          id: 'aws.mfa',
          title: 'MFA on',
          description: 'Users have MFA.',
          severity: 'high',
          resourceType: 'aws.iam_user',
          criteria: ['CC6.1'],
          controls: ['AC-01'],
        },
      ],
    }),
    ssp: buildOscalSsp({
      at,
      org,
      controls,
      systems: [
        { id: 's1', name: 'AWS', kind: 'infrastructure', description: '', ownerName: 'Ann', inScope: true },
        {
          id: 's2',
          name: 'Old CRM',
          kind: 'software',
          description: 'Retired',
          ownerName: null,
          inScope: false,
        },
      ],
    }),
    ar: buildOscalAssessmentResults({
      at,
      org,
      engagement,
      evidence,
      effectiveness: [
        {
          controlId: 'k1',
          code: 'AC-01',
          title: 'Access reviews',
          criteria: ['CC6.1', 'CC6.2'],
          state: 'exception',
          operatingShare: 0.9,
          evaluatedShare: 1,
          checkIds: ['aws.mfa'],
          exceptions: [
            {
              checkId: 'aws.mfa',
              resourceName: 'bob',
              reason: 'no MFA',
              failedFrom: '2026-02-01T00:00:00.000Z',
              remediatedAt: null,
            },
          ],
        },
        {
          controlId: 'k3',
          code: 'BK-01',
          title: 'Backups',
          criteria: ['A1.2'],
          state: 'not_evaluated',
          operatingShare: 0,
          evaluatedShare: 0,
          checkIds: [],
          exceptions: [],
        },
      ],
      auditorTests: [
        {
          id: 't1',
          controlId: 'k3',
          code: 'BK-01',
          criteria: ['A1.2'],
          conclusion: 'effective',
          description: 'Restore test observed.',
          testedAt: '2026-05-01T00:00:00.000Z',
          evidenceIds: ['ev1'],
        },
      ],
    }),
    poam: buildOscalPoam({
      at,
      org,
      items: [
        {
          key: 'aws.mfa',
          source: 'failing-check',
          title: 'MFA on is failing',
          description: '1 resource failing',
          due: null,
          since: '2026-02-01T00:00:00.000Z',
          controlCodes: ['AC-01'],
        },
        {
          key: 'f1',
          source: 'internal-audit-finding',
          title: 'Finding',
          description: 'Missing sign-off',
          due: '2026-07-15',
          since: null,
          controlCodes: [],
          remediation: 'Sign it',
        },
      ],
    }),
  };
}

describe('OSCAL builders', () => {
  it('make documents valid against OSCAL 1.1.3 and 1.2.2 with every reference resolving', () => {
    for (const [name, doc] of Object.entries(all())) {
      expect({ name, problems: oscalProblems(doc) }).toEqual({ name, problems: [] });
    }
  });

  it('make valid assessment results for a Type I engagement with nothing evaluated yet', () => {
    const doc = buildOscalAssessmentResults({
      at,
      org,
      engagement: {
        ...engagement,
        reportType: 'type1',
        windowStart: null,
        windowEnd: null,
        asOfDate: '2026-12-31',
        evaluatedUntil: '2026-06-30T00:00:00.000Z',
      },
      effectiveness: [],
      evidence: [],
    });
    expect(oscalProblems(doc)).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('"end"');
  });

  it('make a valid plan when nothing is open', () => {
    expect(oscalProblems(buildOscalPoam({ at, org, items: [] }))).toEqual([]);
  });

  it('are deterministic: same data, same bytes', () => {
    expect(oscalJson(all())).toBe(oscalJson(all()));
  });

  it('derive RFC 9562 version 5 uuids', () => {
    // The RFC's example: the DNS namespace and www.example.com.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('put every criterion in the catalog with its statement', () => {
    const text = JSON.stringify(all().catalog);
    for (const c of CRITERIA) expect(text).toContain(`"id":"${c.id}"`);
  });

  it('exclude criteria whose every control is not applicable, with the reason', () => {
    const { profile } = all().profile as {
      profile: { imports: Record<string, { 'with-ids': string[] }[]>[] };
    };
    const imp = profile.imports[0]!;
    expect(imp['exclude-controls']![0]!['with-ids']).toEqual(['CC6.4']);
    expect(imp['include-controls']![0]!['with-ids']).not.toContain('CC6.4');
    expect(imp['include-controls']![0]!['with-ids']).toContain('A1.2');
    expect(JSON.stringify(profile)).toContain('Fully remote company, no offices');
    expect(imp['include-controls']![0]!['with-ids']).not.toContain('C1.1');
  });

  it('reference evidence by SHA-256 and judge criteria from observations', () => {
    const text = JSON.stringify(all().ar);
    expect(text).toContain(`"algorithm":"SHA-256","value":"${'a'.repeat(64)}`);
    expect(text).toContain('"target-id":"CC6.1","status":{"state":"not-satisfied"}');
    expect(text).toContain('"target-id":"A1.2","status":{"state":"satisfied"}');
  });

  it('say in the SSP that there is no system description rather than invent one', () => {
    expect(JSON.stringify(all().ssp)).toContain('Vigil keeps no system description yet');
    expect(JSON.stringify(all().ssp)).toContain('"state":"not-applicable","remarks":"Fully remote company');
  });

  it('reference checks find dangling references and duplicates', () => {
    const doc = {
      x: { uuid: 'a', items: [{ uuid: 'a' }, { 'risk-uuid': 'b', href: '#c', 'control-id': 'ZZ9' }] },
    };
    expect(oscalReferenceErrors(doc)).toEqual([
      'duplicate uuid a',
      '/x/items/1/risk-uuid: b does not resolve',
      '/x/items/1/href: c does not resolve',
      '/x/items/1/control-id: control ZZ9 is not in the catalog',
    ]);
  });
});
