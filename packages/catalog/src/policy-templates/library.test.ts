import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTROL_TEMPLATES,
  CRITERIA,
  fillPolicyTemplate,
  POLICY_TEMPLATES,
  type PolicyPlaceholder,
  PolicyPlaceholderSchema,
  PolicyTemplateSchema,
  placeholdersIn,
} from '../index.ts';
import { categoryOfCriterion } from '../lookups.ts';

const controlsById = new Map(CONTROL_TEMPLATES.map((control) => [control.id, control]));
const criterionIds = new Set(CRITERIA.map((criterion) => criterion.id));
const everyValue = Object.fromEntries(
  PolicyPlaceholderSchema.options.map((name) => [name, `value of ${name}`]),
) as Record<PolicyPlaceholder, string>;
const HEADER =
  '**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · ' +
  '**Reviewed:** {{review_cadence}}';

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;
const headingsOf = (body: string) => [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);

describe('POLICY_TEMPLATES', () => {
  it('offers the acceptable use policy and at least 22 more', () => {
    expect(POLICY_TEMPLATES.length).toBeGreaterThanOrEqual(23);
  });

  it('parses every template with the schema', () => {
    for (const template of POLICY_TEMPLATES) {
      const result = PolicyTemplateSchema.safeParse(template);
      expect(result.success, `${template.id}: ${result.error?.message}`).toBe(true);
    }
  });

  it('uses unique ids and unique titles', () => {
    const ids = POLICY_TEMPLATES.map((template) => template.id);
    const titles = POLICY_TEMPLATES.map((template) => template.title);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('keeps one template per file, named after its id, and lists every file', () => {
    const dir = new URL('.', import.meta.url);
    const files = readdirSync(dir).filter(
      (file) =>
        file.endsWith('.ts') &&
        !file.endsWith('.test.ts') &&
        !['index.ts', 'schema.ts', 'fill.ts'].includes(file),
    );
    for (const file of files) {
      const ids = [...readFileSync(new URL(file, dir), 'utf8').matchAll(/^ {2}id: '([^']+)'/gm)].map(
        (m) => m[1],
      );
      expect(ids, file).toEqual([file.replace(/\.ts$/, '')]);
    }
    expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual(
      POLICY_TEMPLATES.map((t) => t.id).sort(),
    );
  });

  it('maps only to controls of the library and known criteria', () => {
    for (const template of POLICY_TEMPLATES) {
      for (const id of template.controls) expect(controlsById.has(id), `${template.id} → ${id}`).toBe(true);
      for (const id of template.criteria) expect(criterionIds.has(id), `${template.id} → ${id}`).toBe(true);
      expect(new Set(template.controls).size, template.id).toBe(template.controls.length);
      expect(new Set(template.criteria).size, template.id).toBe(template.criteria.length);
    }
  });

  // A criterion is claimed only when one of the policy's controls addresses it; CC5.3 is the exception,
  // because a written, communicated policy is itself how CC5.3 is met.
  it('claims only criteria that one of its controls addresses (or CC5.3)', () => {
    for (const template of POLICY_TEMPLATES) {
      const covered = new Set(template.controls.flatMap((id) => controlsById.get(id)?.criteria ?? []));
      for (const id of template.criteria) {
        expect(
          id === 'CC5.3' || covered.has(id),
          `${template.id} claims ${id} without a control for it`,
        ).toBe(true);
      }
    }
  });

  it('supports at least one criterion of every category it is marked with', () => {
    for (const template of POLICY_TEMPLATES) {
      const categories = new Set(template.criteria.map((id) => categoryOfCriterion(id)));
      for (const category of template.categories) {
        expect(categories.has(category), `${template.id} is marked ${category}`).toBe(true);
      }
    }
  });

  it('uses only known placeholders, and filling them all leaves no braces behind', () => {
    for (const template of POLICY_TEMPLATES) {
      for (const name of placeholdersIn(template.body)) {
        expect(PolicyPlaceholderSchema.safeParse(name).success, `${template.id}: {{${name}}}`).toBe(true);
      }
      const filled = fillPolicyTemplate(template.body, everyValue);
      expect(filled.ok, template.id).toBe(true);
      if (filled.ok) {
        expect(filled.text, template.id).not.toContain('{{');
        expect(filled.text, template.id).not.toContain('}}');
      }
    }
  });

  it('refuses to fill a template when the company name is missing, naming it', () => {
    const { company_name: _, ...rest } = everyValue;
    for (const template of POLICY_TEMPLATES) {
      expect(fillPolicyTemplate(template.body, rest), template.id).toEqual({
        ok: false,
        unknown: [],
        missing: ['company_name'],
      });
    }
  });

  it('starts with the title as the only level-1 heading, then the shared header line', () => {
    for (const template of POLICY_TEMPLATES) {
      expect(template.body.startsWith(`# ${template.title}\n\n${HEADER}\n\n`), template.id).toBe(true);
      expect(template.body.match(/^# /gm), template.id).toHaveLength(1);
    }
  });

  it('is a full document of 350 to 900 words', () => {
    for (const template of POLICY_TEMPLATES) {
      const words = wordsIn(template.body);
      expect(words, template.id).toBeGreaterThanOrEqual(350);
      expect(words, template.id).toBeLessThanOrEqual(900);
    }
  });

  it('gives every policy its purpose, scope, roles, exceptions, enforcement and review', () => {
    const policies = POLICY_TEMPLATES.filter((template) => template.id !== 'privacy-notice');
    for (const template of policies) {
      const headings = headingsOf(template.body).join(' | ');
      for (const section of [
        /Purpose|Why/,
        /Scope/,
        /Roles and responsibilities/,
        /Exceptions/,
        /Enforcement/,
        /Review/,
      ]) {
        expect(headings, `${template.id} lacks ${section}`).toMatch(section);
      }
    }
  });

  it('names its review and its approver, and defaults to an annual review', () => {
    for (const template of POLICY_TEMPLATES) {
      expect(template.body.split('{{review_cadence}}').length, template.id).toBeGreaterThanOrEqual(3);
      expect(template.reviewCadenceMonths, template.id).toBe(12);
    }
  });

  it('uses our own words: no other product names, filler or unfinished notes', () => {
    const forbidden =
      /\b(lorem|ipsum|todo|tbd|fixme|xxx|vigil|okta|github|gitlab|bitbucket|aws|amazon|azure|microsoft|google|gcp|slack|jira|atlassian|confluence|notion|vanta|drata|secureframe|sprinto|thoropass|onetrust|1password|lastpass|bitwarden|crowdstrike|sentinelone|jamf|kandji|intune|pagerduty|opsgenie|datadog|splunk|sentry|zoom|workday|bamboohr|gusto|rippling|salesforce|hubspot|stripe|cloudflare|zendesk|intercom|knowbe4|snyk|dependabot|cloudtrail|guardduty)\b/i;
    for (const template of POLICY_TEMPLATES) {
      for (const text of [template.title, template.summary, template.body]) {
        expect(text.match(forbidden)?.[0], template.id).toBeUndefined();
      }
      expect(template.body, template.id).not.toMatch(/\[(insert|your|company)/i);
    }
  });
});
