/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { runStep } from '../__testUtils__/actionHarness';
import { postgresql } from '../__testUtils__/resourceHarness';
import { createWriteManifestAction } from './writeManifestAction';

describe('ske:write-manifest', () => {
  const action = createWriteManifestAction();
  let workspacePath: string;

  beforeEach(() => {
    workspacePath = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-ws-'));
  });
  afterEach(() => fs.rmSync(workspacePath, { recursive: true, force: true }));

  it('writes YAML text as given (comments kept) and outputs its workspace path', async () => {
    const text = `# requested through Backstage\n${YAML.stringify(
      postgresql('team-a', 'orders-db', { teamId: 'team-a' }),
    )}`;
    const { outputs } = await runStep(
      action,
      { manifest: text, targetPath: './team-a/postgresql/orders-db.yaml' },
      { workspacePath },
    );
    expect(outputs).toEqual({
      manifestPath: 'team-a/postgresql/orders-db.yaml',
    });
    expect(
      fs.readFileSync(
        path.join(workspacePath, 'team-a/postgresql/orders-db.yaml'),
        'utf8',
      ),
    ).toBe(text);
  });

  it('writes an object as YAML', async () => {
    const manifest = postgresql('team-a', 'obj-db', { teamId: 'team-a' });
    await runStep(
      action,
      { manifest, targetPath: 'obj-db.yaml' },
      { workspacePath },
    );
    expect(
      YAML.parse(
        fs.readFileSync(path.join(workspacePath, 'obj-db.yaml'), 'utf8'),
      ),
    ).toEqual(manifest);
  });

  it.each(['../escape.yaml', '/etc/escape.yaml'])(
    'refuses %j, outside the workspace, and writes nothing',
    async targetPath => {
      const error = await runStep(
        action,
        {
          manifest: postgresql('team-a', 'x', { teamId: 'team-a' }),
          targetPath,
        },
        { workspacePath },
      ).catch(e => e);
      expect(error.name).toBe('InputError');
      expect(error.message).toContain('outside the task');
      expect(fs.existsSync(path.resolve(workspacePath, targetPath))).toBe(
        false,
      );
    },
  );

  it('refuses a manifest that is not a resource request', async () => {
    const error = await runStep(
      action,
      { manifest: 'kind: [', targetPath: 'bad.yaml' },
      { workspacePath },
    ).catch(e => e);
    expect(error.message).toMatch(/^Invalid manifest/);
    expect(fs.readdirSync(workspacePath)).toEqual([]);
  });
});
