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

import type { ResourceManifest } from '@syntasso/plugin-ske-common';
import { MAX_YAML_FIELDS, parseYamlFields } from './yamlFields';

const manifest = (spec: Record<string, unknown>): ResourceManifest => ({
  apiVersion: 'fixtures.kratix.io/v1',
  kind: 'Appliance',
  metadata: { name: 'rack', namespace: 'team-a' },
  spec,
});

describe('parseYamlFields', () => {
  it('parses the named fields, in every array item for *, and leaves the rest', () => {
    const input = manifest({
      labels: 'team: a\n',
      note: 'team: b',
      servers: [{ options: 'cpu: 2' }, { options: '[1, 2]' }, { name: 'x' }],
    });
    const out = parseYamlFields(input, [
      'spec.labels',
      'spec.servers.*.options',
      'spec.missing',
    ]);

    expect(out.spec).toEqual({
      labels: { team: 'a' },
      note: 'team: b',
      servers: [{ options: { cpu: 2 } }, { options: [1, 2] }, { name: 'x' }],
    });
    // The input is not changed.
    expect(input.spec.labels).toBe('team: a\n');
  });

  it('leaves out a blank field and keeps a field that is already a value', () => {
    const out = parseYamlFields(
      manifest({ labels: '  \n', extra: { a: 1 }, tags: ['', 'k: v'] }),
      ['spec.labels', 'spec.extra', 'spec.tags.*'],
    );

    expect(out.spec).toEqual({ extra: { a: 1 }, tags: [{}, { k: 'v' }] });
  });

  it('refuses text that is not YAML, naming the field and the array item', () => {
    expect(() =>
      parseYamlFields(
        manifest({ servers: [{ options: 'a: 1' }, { options: 'a: [' }] }),
        ['spec.servers.*.options'],
      ),
    ).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: expect.stringMatching(
          /^Invalid spec\.servers\.1\.options: not YAML: /,
        ),
      }),
    );
  });

  it.each([
    ['a path outside spec', ['metadata.name']],
    ['a prototype key', ['spec.__proto__']],
    ['an empty segment', ['spec..labels']],
    ['not a list', 'spec.labels'],
    ['too many paths', Array(MAX_YAML_FIELDS + 1).fill('spec.labels')],
  ])('refuses %s', (_, paths) => {
    expect(() => parseYamlFields(manifest({ labels: 'a: 1' }), paths)).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: expect.stringMatching(/^Invalid yamlFields/),
      }),
    );
  });
});
