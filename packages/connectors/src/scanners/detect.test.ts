import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCANNERS_IMPORTERS } from './index.ts';
import { fixture } from './test-support.ts';

const detect = (name: string) => {
  const head = readFileSync(fixture(name), 'utf8').slice(0, 4096);
  return SCANNERS_IMPORTERS.filter((i) => i.detect(head, name.replace(/\.golden$/, ''))).map((i) => i.id);
};

describe('format detection', () => {
  it('recognizes each fixture by exactly one scanner importer', () => {
    expect(detect('trivy-image-debian-buster.json.golden')).toEqual(['trivy.json']);
    expect(detect('trivy-repo-npm.json.golden')).toEqual(['trivy.json']);
    expect(detect('grype-image.json.golden')).toEqual(['grype.json']);
    expect(detect('sarif-semgrep.sarif')).toEqual(['sarif']);
    expect(detect('sarif-eslint-simple.sarif')).toEqual(['sarif']);
    expect(detect('npm-audit-v2.json.golden')).toEqual(['npm.audit']);
    expect(detect('npm-audit-v1.json.golden')).toEqual(['npm.audit']);
    expect(detect('kubectl-list.json.golden')).toEqual(['kubectl.json']);
    expect(detect('kubectl-pod.json.golden')).toEqual(['kubectl.json']);
  });

  it('has unique importer ids', () => {
    const ids = SCANNERS_IMPORTERS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
