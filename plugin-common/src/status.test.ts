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

import { readKratixStatus } from './status';

describe('readKratixStatus', () => {
  it('prefers status.kratix over the top-level fields and keeps pipeline keys', () => {
    const status = readKratixStatus({
      message: 'old',
      instanceName: 'acid-db-instance',
      conditions: [{ type: 'Reconciled', status: 'Unknown' }],
      kratix: {
        message: 'Resource provisioned',
        observedGeneration: 3,
        conditions: [
          {
            type: 'Reconciled',
            status: 'True',
            reason: 'Reconciled',
            message: 'Reconciled',
          },
        ],
        workflows: {
          pipelines: [{ name: 'configure', phase: 'Succeeded' }, { name: 42 }],
        },
      },
    });
    expect(status.message).toBe('Resource provisioned');
    expect(status.observedGeneration).toBe(3);
    expect(status.conditions).toEqual([
      {
        type: 'Reconciled',
        status: 'True',
        reason: 'Reconciled',
        message: 'Reconciled',
        lastTransitionTime: undefined,
      },
    ]);
    expect(status.pipelines).toEqual([
      {
        name: 'configure',
        phase: 'Succeeded',
        message: undefined,
        lastTransitionTime: undefined,
      },
    ]);
    expect(status.extra).toEqual({ instanceName: 'acid-db-instance' });
  });

  it('reads older Kratix status with top-level fields only', () => {
    const status = readKratixStatus({
      status: 'Available',
      conditions: [{ type: 'Available', status: 'True' }],
    });
    expect(status.status).toBe('Available');
    expect(status.conditions.map(c => c.type)).toEqual(['Available']);
    expect(status.pipelines).toEqual([]);
  });

  it.each([undefined, null, 'text', 42, []])(
    'gives an empty status for %j',
    raw => {
      expect(readKratixStatus(raw)).toEqual({
        status: undefined,
        message: undefined,
        observedGeneration: undefined,
        conditions: [],
        pipelines: [],
        extra: {},
      });
    },
  );
});
