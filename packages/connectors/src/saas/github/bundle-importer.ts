/**
 * `github.bundle`: a directory of `gh api` outputs written by the script in the saas README
 * (bundle.json, org.json, repos.json, members-2fa-disabled.json, outside-collaborators.json,
 * dependabot-alerts.json, protection/<repo>.json, rulesets/<repo>.json).
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type FileImporter, ImportError, type ImportInput, type Resource } from '@vigil/monitoring';
import type { DependabotSummary } from '@vigil/monitoring/resource-types/saas';
import { z } from 'zod';
import { jsonArrayItems, readJsonDocument } from '../io/json.ts';
import { parseAt } from '../io/validate.ts';
import {
  emptyDependabot,
  GITHUB_SOURCE,
  normalizeOrg,
  normalizeRepo,
  summarizeDependabot,
} from './normalize.ts';
import type { ClassicInput } from './protection.ts';
import {
  BRANCH_NOT_PROTECTED,
  GhClassicProtectionSchema,
  GhDependabotAlertSchema,
  GhOrgSchema,
  GhRepoSchema,
  type GhRuleset,
  GhRulesetSchema,
  GhUserSchema,
} from './schemas.ts';

/** The `kind` written in bundle.json. */
export const BUNDLE_KIND = 'vigil.github.bundle';
const ManifestSchema = z.looseObject({ kind: z.literal(BUNDLE_KIND), org: z.string().min(1) });
const ApiErrorSchema = z.looseObject({ message: z.string() });

interface BundleFile extends ImportInput {
  exists: boolean;
}

async function bundleFile(dir: string, display: string, rel: string): Promise<BundleFile> {
  const path = join(dir, rel);
  const exists = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
  return { path, name: `${display}/${rel}`, exists };
}

async function resolveDir(input: ImportInput): Promise<{ dir: string; display: string }> {
  const s = await stat(input.path).catch(() => {
    throw new ImportError(input.name, null, 'cannot be read (no such file or directory)');
  });
  if (s.isDirectory()) return { dir: input.path, display: input.name };
  if (basename(input.path) === 'bundle.json')
    return { dir: dirname(input.path), display: dirname(input.name) };
  throw new ImportError(
    input.name,
    null,
    'is not a GitHub bundle (give the bundle directory or its bundle.json)',
  );
}

async function logins(file: BundleFile): Promise<string[] | undefined> {
  if (!file.exists) return undefined;
  const out: string[] = [];
  for await (const item of jsonArrayItems(file))
    out.push(parseAt(GhUserSchema, item.value, file.name, item.path, 'GitHub user').login);
  return out;
}

async function classicProtection(file: BundleFile): Promise<ClassicInput> {
  if (!file.exists) return undefined;
  const doc = await readJsonDocument(file);
  const err = ApiErrorSchema.safeParse(doc);
  if (err.success && !('url' in (doc as object))) {
    // Only this exact 404 proves "no protection"; other errors (no admin rights, plan) leave it unknown.
    return err.data.message === BRANCH_NOT_PROTECTED ? 'none' : undefined;
  }
  return parseAt(GhClassicProtectionSchema, doc, file.name, '$', 'branch protection response');
}

async function rulesets(file: BundleFile): Promise<GhRuleset[] | undefined> {
  if (!file.exists) return undefined;
  const doc = await readJsonDocument(file);
  if (!Array.isArray(doc)) {
    if (ApiErrorSchema.safeParse(doc).success) return undefined;
    throw new ImportError(file.name, '$', 'expected a JSON array of rulesets');
  }
  return doc.map((entry, i) => {
    const rs = parseAt(GhRulesetSchema, entry, file.name, `$[${i}]`, 'repository ruleset');
    if (rs.rules === undefined && rs.conditions === undefined) {
      throw new ImportError(
        file.name,
        `$[${i}]`,
        'ruleset summary without rules or conditions: fetch each ruleset with `gh api repos/ORG/REPO/rulesets/ID` (see README)',
      );
    }
    return rs;
  });
}

async function dependabot(file: BundleFile): Promise<Map<string, DependabotSummary> | undefined> {
  if (!file.exists) return undefined;
  const alerts = [];
  for await (const item of jsonArrayItems(file)) {
    const alert = parseAt(GhDependabotAlertSchema, item.value, file.name, item.path, 'Dependabot alert');
    if (alert.repository === undefined) {
      throw new ImportError(
        file.name,
        item.path,
        'alert has no repository: export the organization-level list (orgs/ORG/dependabot/alerts)',
      );
    }
    alerts.push(alert);
  }
  return summarizeDependabot(alerts);
}

const SAFE_NAME = /^[A-Za-z0-9._-]+$/;

async function* readBundle(input: ImportInput): AsyncGenerator<Resource> {
  const { dir, display } = await resolveDir(input);
  const f = (rel: string) => bundleFile(dir, display, rel);
  const manifestFile = await f('bundle.json');
  if (!manifestFile.exists)
    throw new ImportError(manifestFile.name, null, 'is missing: not a GitHub bundle directory');
  const manifest = parseAt(
    ManifestSchema,
    await readJsonDocument(manifestFile),
    manifestFile.name,
    '$',
    'GitHub bundle manifest',
  );
  const orgFile = await f('org.json');
  if (!orgFile.exists) throw new ImportError(orgFile.name, null, 'is missing (gh api orgs/ORG)');
  const org = parseAt(GhOrgSchema, await readJsonDocument(orgFile), orgFile.name, '$', 'GitHub organization');
  if (org.login.toLowerCase() !== manifest.org.toLowerCase()) {
    throw new ImportError(orgFile.name, '$.login', `is ${org.login} but bundle.json names ${manifest.org}`);
  }
  yield normalizeOrg(
    org,
    await logins(await f('members-2fa-disabled.json')),
    await logins(await f('outside-collaborators.json')),
  );

  const alerts = await dependabot(await f('dependabot-alerts.json'));
  const reposFile = await f('repos.json');
  if (!reposFile.exists)
    throw new ImportError(reposFile.name, null, 'is missing (gh api orgs/ORG/repos --paginate)');
  for await (const item of jsonArrayItems(reposFile)) {
    const repo = parseAt(GhRepoSchema, item.value, reposFile.name, item.path, 'GitHub repository');
    if (!SAFE_NAME.test(repo.name))
      throw new ImportError(reposFile.name, `${item.path}.name`, 'is not a repository name');
    yield normalizeRepo(repo, {
      classic: await classicProtection(await f(`protection/${repo.name}.json`)),
      rulesets: await rulesets(await f(`rulesets/${repo.name}.json`)),
      dependabot: alerts ? (alerts.get(repo.full_name) ?? emptyDependabot()) : undefined,
    });
  }
}

/** Imports a directory of `gh api` outputs (see the saas README for the script). */
export const githubBundleImporter: FileImporter = {
  id: 'github.bundle',
  source: GITHUB_SOURCE,
  title: 'GitHub organization bundle (gh api)',
  description:
    'A directory written by the `gh api` script in the README: bundle.json, org.json, repos.json, ' +
    'members-2fa-disabled.json, outside-collaborators.json, dependabot-alerts.json, protection/<repo>.json ' +
    'and rulesets/<repo>.json. Give the directory or its bundle.json.',
  produces: ['github.org', 'github.repository'],
  detect: (head) => head.includes(`"${BUNDLE_KIND}"`),
  read: readBundle,
};
