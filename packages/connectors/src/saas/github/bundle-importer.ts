/**
 * `github.bundle`: a folder of `gh api` outputs, as the commands in the saas README write them
 * (org.json, repos.json, members-2fa-disabled.json, outside-collaborators.json, dependabot-alerts.json,
 * protection/<repo>.json, rulesets/<repo>.json, and the optional bundle.json naming the organization).
 * Every run reports which of those files it read, which it left alone and which were missing.
 */
import { open, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { type FileImporter, ImportError, type ImportInput, type Resource } from '@vigil/monitoring';
import type { DependabotSummary } from '@vigil/monitoring/resource-types/saas';
import { z } from 'zod';
import { exists, inputReport, newReadLog, type ReadLog } from '../../cloud/bundle-files.ts';
import { jsonArrayItems, readJsonDocument } from '../io/json.ts';
import { parseAt } from '../io/validate.ts';
import {
  emptyDependabot,
  GITHUB_SOURCE,
  normalizeMergedChange,
  normalizeOrg,
  normalizeRepo,
  requiredApprovalsOf,
  summarizeDependabot,
} from './normalize.ts';
import type { ClassicInput } from './protection.ts';
import {
  BRANCH_NOT_PROTECTED,
  GhCheckRunsSchema,
  GhClassicProtectionSchema,
  GhCombinedStatusSchema,
  GhDependabotAlertSchema,
  GhOrgSchema,
  type GhPull,
  GhPullSchema,
  type GhRepo,
  GhRepoSchema,
  GhReviewSchema,
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

/** The file `rel` of the bundle; noted in the log as found or missing unless the log is left out. */
async function bundleFile(dir: string, display: string, rel: string, log?: ReadLog): Promise<BundleFile> {
  const path = join(dir, rel);
  const found = await exists(path);
  if (log) (found ? log.found : log.missing).add(relative(log.root, path));
  return { path, name: `${display}/${rel}`, exists: found };
}

/** What the commands write, for messages: file and the call that writes it. */
const LAYOUT =
  'org.json (gh api orgs/ORG), repos.json (gh api --paginate orgs/ORG/repos), members-2fa-disabled.json, ' +
  'outside-collaborators.json, dependabot-alerts.json, protection/REPO.json and rulesets/REPO.json, ' +
  'and for the change history pulls/REPO.json, pulls/REPO/NUMBER.json, reviews/REPO/NUMBER.json, check-runs/REPO/NUMBER.json ' +
  'and status/REPO/NUMBER.json';

async function resolveDir(input: ImportInput): Promise<{ dir: string; display: string }> {
  const s = await stat(input.path).catch(() => {
    throw new ImportError(input.name, null, 'cannot be read (no such file or directory)');
  });
  if (s.isDirectory()) return { dir: input.path, display: input.name };
  if (['bundle.json', 'org.json', 'repos.json'].includes(basename(input.path)))
    return { dir: dirname(input.path), display: dirname(input.name) };
  throw new ImportError(
    input.name,
    null,
    `is not a GitHub export: upload the folder the gh api commands wrote, packed as .zip or .tar.gz (${LAYOUT})`,
  );
}

/** True when a folder holds what the GitHub commands write: the manifest, or org.json / repos.json. */
async function isGitHubFolder(dir: string): Promise<boolean> {
  const manifest = join(dir, 'bundle.json');
  if (await exists(manifest)) {
    const doc = await readJsonDocument({ path: manifest, name: 'bundle.json' }).catch(() => null);
    return ManifestSchema.safeParse(doc).success;
  }
  const org = await readHeadOf(join(dir, 'org.json'));
  if (/"login"\s*:/.test(org) && /"repos_url"\s*:/.test(org)) return true;
  const repos = await readHeadOf(join(dir, 'repos.json'));
  return /^\s*\[/.test(repos) && /"full_name"\s*:/.test(repos) && /"owner"\s*:/.test(repos);
}

async function readHeadOf(path: string): Promise<string> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return '';
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
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

/**
 * The merged changes of one repository: pull requests of pulls/REPO.json merged into the default
 * branch, each with its single read (who merged it), its reviews and its merge commit's check runs
 * and combined status.
 */
async function* mergedChanges(
  repo: GhRepo,
  repoResource: Resource,
  f: (rel: string) => Promise<BundleFile>,
): AsyncGenerator<Resource> {
  const pulls = await f(`pulls/${repo.name}.json`);
  if (!pulls.exists) return;
  const required = requiredApprovalsOf(repoResource);
  for await (const item of jsonArrayItems(pulls)) {
    const pull = parseAt(GhPullSchema, item.value, pulls.name, item.path, 'pull request');
    // Closed without merging, or merged into another branch: not a change to the default branch.
    if (!pull.merged_at || (repo.default_branch && pull.base.ref !== repo.default_branch)) continue;
    const reviewsFile = await f(`reviews/${repo.name}/${pull.number}.json`);
    const reviews = [];
    if (reviewsFile.exists) {
      for await (const r of jsonArrayItems(reviewsFile))
        reviews.push(parseAt(GhReviewSchema, r.value, reviewsFile.name, r.path, 'pull request review'));
    }
    const single = await singlePull(await f(`pulls/${repo.name}/${pull.number}.json`), pull.number);
    const checksFile = await f(`check-runs/${repo.name}/${pull.number}.json`);
    const statusFile = await f(`status/${repo.name}/${pull.number}.json`);
    yield normalizeMergedChange(repo.full_name, pull, {
      single,
      reviews,
      checkRuns: checksFile.exists
        ? parseAt(GhCheckRunsSchema, await readJsonDocument(checksFile), checksFile.name, '$', 'check runs')
        : undefined,
      status: statusFile.exists
        ? parseAt(
            GhCombinedStatusSchema,
            await readJsonDocument(statusFile),
            statusFile.name,
            '$',
            'commit status',
          )
        : undefined,
      requiredApprovals: required,
    });
  }
}

/** The pull request as `gh api repos/ORG/REPO/pulls/N` wrote it; undefined when absent or an API error. */
async function singlePull(file: BundleFile, number: number): Promise<GhPull | undefined> {
  if (!file.exists) return undefined;
  const doc = await readJsonDocument(file);
  // A token without access writes GitHub's error body; who merged stays unknown then.
  if (ApiErrorSchema.safeParse(doc).success && !('number' in (doc as object))) return undefined;
  const pull = parseAt(GhPullSchema, doc, file.name, '$', 'pull request');
  if (pull.number !== number)
    throw new ImportError(file.name, '$.number', `is ${pull.number} but the file is named for #${number}`);
  return pull;
}

const SAFE_NAME = /^[A-Za-z0-9._-]+$/;

/** The organization's login from repos.json (each repository's `owner.login`, or its `full_name`). */
const ownerOf = (repo: GhRepo) =>
  (repo as { owner?: { login?: unknown } }).owner?.login?.toString() ?? repo.full_name.split('/')[0]!;

async function* readBundle(input: ImportInput): AsyncGenerator<Resource> {
  const { dir, display } = await resolveDir(input);
  const log = newReadLog(dir);
  const f = (rel: string) => bundleFile(dir, display, rel, log);
  const manifestFile = await bundleFile(dir, display, 'bundle.json');
  const manifest = manifestFile.exists
    ? parseAt(
        ManifestSchema,
        await readJsonDocument(manifestFile),
        manifestFile.name,
        '$',
        'GitHub bundle manifest',
      )
    : undefined;
  if (manifest) log.found.add('bundle.json');
  const orgFile = await f('org.json');
  const reposFile = await f('repos.json');
  if (!orgFile.exists && !reposFile.exists) {
    const found = (await inputReport(log)).ignored;
    throw new ImportError(
      display,
      null,
      `holds none of the files the GitHub commands write (${found.length ? `found ${found.slice(0, 10).join(', ')}${found.length > 10 ? ', …' : ''}` : 'it is empty'}); expected ${LAYOUT}`,
    );
  }
  const org = orgFile.exists
    ? parseAt(GhOrgSchema, await readJsonDocument(orgFile), orgFile.name, '$', 'GitHub organization')
    : undefined;
  if (org && manifest && org.login.toLowerCase() !== manifest.org.toLowerCase()) {
    throw new ImportError(orgFile.name, '$.login', `is ${org.login} but bundle.json names ${manifest.org}`);
  }
  const members = await logins(await f('members-2fa-disabled.json'));
  const collaborators = await logins(await f('outside-collaborators.json'));
  let login = org?.login ?? manifest?.org;
  // Without org.json the organization is known from its repositories, read below; it comes last then.
  if (org) yield normalizeOrg(org, members, collaborators);

  const alerts = await dependabot(await f('dependabot-alerts.json'));
  // The change history is an optional part of the export: read only when its folder is there.
  const withChanges = await stat(join(dir, 'pulls')).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (reposFile.exists) {
    for await (const item of jsonArrayItems(reposFile)) {
      const repo = parseAt(GhRepoSchema, item.value, reposFile.name, item.path, 'GitHub repository');
      if (!SAFE_NAME.test(repo.name))
        throw new ImportError(reposFile.name, `${item.path}.name`, 'is not a repository name');
      login ??= ownerOf(repo);
      // The commands skip archived repositories' protection: its absence is no missing input.
      const side = (rel: string) => bundleFile(dir, display, rel, repo.archived ? undefined : log);
      const protection = await side(`protection/${repo.name}.json`);
      const ruleset = await side(`rulesets/${repo.name}.json`);
      if (repo.archived)
        for (const x of [protection, ruleset]) if (x.exists) log.found.add(relative(dir, x.path));
      const repoResource = normalizeRepo(repo, {
        classic: await classicProtection(protection),
        rulesets: await rulesets(ruleset),
        dependabot: alerts ? (alerts.get(repo.full_name) ?? emptyDependabot()) : undefined,
      });
      yield repoResource;
      if (withChanges && !repo.archived) yield* mergedChanges(repo, repoResource, f);
    }
  }
  if (!org) {
    if (!login) {
      throw new ImportError(
        orgFile.name,
        null,
        'is missing and repos.json lists no repository, so the organization is unknown: add org.json (gh api orgs/ORG)',
      );
    }
    yield normalizeOrg({ login }, members, collaborators);
  }
  input.report?.(await inputReport(log));
}

/** Imports a folder of `gh api` outputs (see the saas README for the commands). */
export const githubBundleImporter: FileImporter = {
  id: 'github.bundle',
  source: GITHUB_SOURCE,
  title: 'GitHub organization export (gh api)',
  description:
    'The folder the GitHub CLI commands in the documentation write, packed as one .zip or .tar.gz: ' +
    'the organization (org.json) and its repositories (repos.json), with members without two-factor ' +
    "authentication, outside collaborators, Dependabot alerts and each repository's branch protection " +
    'and rulesets when you have the rights to read them, and optionally the pull requests merged into ' +
    'each default branch with who merged them, their reviews and CI results. Anything missing is listed ' +
    'with the run.',
  produces: ['github.org', 'github.repository', 'github.merged_change'],
  detect: (head) => head.includes(`"${BUNDLE_KIND}"`),
  detectFolder: isGitHubFolder,
  read: readBundle,
};
