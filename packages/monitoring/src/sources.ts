/** The systems resources come from, as customers name them: one table for the API, CLI and emails. */

const SOURCE_TITLES: Readonly<Record<string, string>> = {
  aws: 'AWS',
  // The runs of a connector that detects the format, when no importer took the file.
  'file.auto': 'Any supported file',
  github: 'GitHub',
  google_workspace: 'Google Workspace',
  grype: 'Grype',
  hris: 'HR system',
  intune: 'Microsoft Intune',
  jamf: 'Jamf Pro',
  kubernetes: 'Kubernetes',
  npm: 'npm audit',
  okta: 'Okta',
  osquery: 'osquery',
  sarif: 'Code scanning',
  terraform: 'Terraform',
  'tls-probe': 'TLS probe',
  trivy: 'Trivy',
};

/** The name of a resource source as people write it; an unknown source reads as its words. */
export function sourceTitle(source: string): string {
  const known = SOURCE_TITLES[source];
  if (known) return known;
  const words = source
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every source with a title, for tests that hold importers and titles together. */
export const titledSources = (): string[] => Object.keys(SOURCE_TITLES);
