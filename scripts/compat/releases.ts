/**
 * The Backstage releases the compatibility matrix installs the SKE packages
 * into: the release the workspace is on (its versions read from the
 * workspace's node_modules) and the earlier release lines in releases.json
 * (versions from each release's manifest).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readJson, repoRoot } from '../packaging/workspace';

export type BackstageRelease = {
  /** `1.55.0`, or `current` for the release the workspace is on. */
  release: string;
  /** The `@backstage/create-app` of that release, when it has one here. */
  createApp?: string;
  /** Exact version of each pinned `@backstage/*` package. */
  packages: Record<string, string>;
};

type ReleasesFile = {
  releases: BackstageRelease[];
  /** Earlier releases an app cannot be pinned to here, and why. */
  notInstallable: { release: string; why: string }[];
};

const releasesFile = path.join(__dirname, 'releases.json');

function earlierReleases(): BackstageRelease[] {
  return readJson<ReleasesFile>(releasesFile).releases;
}

/**
 * The workspace's release: every `@backstage/*` package the workspace has
 * installed, at its version there (the lockfile's).
 */
function currentRelease(): BackstageRelease {
  const scope = path.join(repoRoot, 'node_modules/@backstage');
  const packages: Record<string, string> = {};
  for (const dir of fs.readdirSync(scope)) {
    const { name, version } = readJson(path.join(scope, dir, 'package.json'));
    packages[name] = version;
  }
  return { release: 'current', packages };
}

/** Newest first: the workspace's release, then releases.json's. */
export function backstageReleases(): BackstageRelease[] {
  return [currentRelease(), ...earlierReleases()];
}

export function findRelease(name: string): BackstageRelease {
  const release = backstageReleases().find(r => r.release === name);
  if (!release) {
    const known = backstageReleases().map(r => r.release);
    throw new Error(`unknown release ${name}; known: ${known.join(', ')}`);
  }
  return release;
}
