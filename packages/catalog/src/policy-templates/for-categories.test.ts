import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../categories.ts';
import { POLICY_TEMPLATES, policyTemplatesFor } from './index.ts';

const ids = (templates: readonly { id: string }[]) => templates.map((template) => template.id);

// The topics issue 12 asks the library to cover, each answered by one template.
const TOPICS: Record<string, string> = {
  'information security': 'information-security',
  'code of conduct and sanctions': 'code-of-conduct',
  'acceptable use': 'acceptable-use',
  'access control and least privilege': 'access-control',
  'authentication and passwords': 'authentication',
  'HR security (screening, on- and offboarding)': 'human-resources-security',
  'security and privacy awareness training': 'security-awareness-training',
  'asset management': 'asset-management',
  'data classification and handling': 'data-classification',
  'retention and secure disposal': 'data-retention-disposal',
  'encryption and key management': 'encryption',
  'secure configuration and network': 'secure-configuration',
  'change and release management': 'change-management',
  'secure development': 'secure-development',
  'vulnerability and patch management': 'vulnerability-management',
  'logging and monitoring': 'logging-monitoring',
  'incident response and breach notification': 'incident-response',
  'business continuity, disaster recovery and backup': 'business-continuity',
  'risk management (including fraud risk)': 'risk-management',
  'vendor and third-party risk': 'vendor-management',
  'physical and environmental': 'physical-security',
  'policy management and exceptions': 'policy-management',
  'privacy notice': 'privacy-notice',
};

describe('the policy library covers every topic of a SOC 2 programme', () => {
  it.each(Object.entries(TOPICS))('%s → %s', (_topic, id) => {
    expect(ids(POLICY_TEMPLATES)).toContain(id);
  });

  it('answers each topic with its own template', () => {
    expect(new Set(Object.values(TOPICS)).size).toBe(Object.keys(TOPICS).length);
  });

  it('covers fraud risk in the risk management policy', () => {
    const risk = POLICY_TEMPLATES.find((template) => template.id === 'risk-management')!;
    expect(risk.criteria).toContain('CC3.3');
    expect(risk.body).toMatch(/## Fraud risk/);
  });

  it('marks category-specific documents with their category', () => {
    const byId = new Map(POLICY_TEMPLATES.map((template) => [template.id, template]));
    expect(byId.get('data-classification')?.categories).toContain('confidentiality');
    expect(byId.get('business-continuity')?.categories).toContain('availability');
    expect(byId.get('processing-integrity')?.categories).toEqual(['processing_integrity']);
  });

  it('writes the privacy notice for Privacy only', () => {
    const notice = POLICY_TEMPLATES.find((template) => template.id === 'privacy-notice')!;
    expect(notice.categories).toEqual(['privacy']);
    expect(notice.criteria).toContain('P1.1');
    expect(notice.body).toContain('{{privacy_contact}}');
  });
});

describe('policyTemplatesFor', () => {
  it('offers a security-only organization every security template, without the privacy notice', () => {
    const offered = ids(policyTemplatesFor(['security']));
    expect(offered).toEqual(
      ids(POLICY_TEMPLATES.filter((template) => template.categories.includes('security'))),
    );
    expect(offered).not.toContain('privacy-notice');
    expect(offered).not.toContain('processing-integrity');
    expect(offered).toContain('acceptable-use');
  });

  it('counts security even when the organization leaves it out', () => {
    expect(ids(policyTemplatesFor([]))).toEqual(ids(policyTemplatesFor(['security'])));
    expect(ids(policyTemplatesFor(['privacy']))).toEqual(ids(policyTemplatesFor(['security', 'privacy'])));
  });

  it('adds the privacy notice once Privacy is in scope', () => {
    const offered = ids(policyTemplatesFor(['security', 'privacy']));
    expect(offered).toContain('privacy-notice');
    expect(offered).toHaveLength(ids(policyTemplatesFor(['security'])).length + 1);
  });

  it('adds the processing integrity policy once Processing Integrity is in scope', () => {
    expect(ids(policyTemplatesFor(['processing_integrity']))).toContain('processing-integrity');
    expect(ids(policyTemplatesFor(['processing_integrity']))).not.toContain('privacy-notice');
  });

  it('offers every template, once each and in library order, when all five categories are in scope', () => {
    const all = policyTemplatesFor(CATEGORIES.map((category) => category.id));
    expect(ids(all)).toEqual(ids(POLICY_TEMPLATES));
  });

  it('offers only templates that share a category with the organization', () => {
    for (const category of CATEGORIES) {
      const scope = new Set(['security', category.id]);
      for (const template of policyTemplatesFor([category.id])) {
        expect(
          template.categories.some((c) => scope.has(c)),
          `${category.id}: ${template.id}`,
        ).toBe(true);
      }
    }
  });

  it('does not change the library it reads from', () => {
    const before = ids(POLICY_TEMPLATES);
    policyTemplatesFor(['privacy']).reverse();
    expect(ids(POLICY_TEMPLATES)).toEqual(before);
  });
});
