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

import { Alert, Box, Flex, Text } from '@backstage/ui';
import type { KratixStatus } from '@syntasso/plugin-ske-common';
import { StatusBadge, summariseStatus } from '../StatusBadge';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { skeTranslationRef } from '../../translation';

export interface StatusPanelProps {
  status: KratixStatus;
  /** metadata.generation: newer than status.observedGeneration means a change is being applied. */
  generation?: number;
  /** Set when the status comes from the catalog annotation rather than the platform. */
  notLive?: boolean;
}

/** Live status of a Promise or resource request: summary, banners, conditions, pipelines. */
export function StatusPanel({ status, generation, notLive }: StatusPanelProps) {
  const { t } = useTranslationRef(skeTranslationRef);
  const { tone } = summariseStatus(status);
  const applying =
    generation !== undefined &&
    (status.observedGeneration === undefined ||
      generation > status.observedGeneration);
  const failed = status.conditions.find(
    c => c.status === 'False' && c.reason?.toLowerCase().includes('fail'),
  );
  return (
    <Flex direction="column" gap="3" data-testid="ske-status-panel">
      <Flex gap="2" align="center">
        <StatusBadge status={status} />
        {status.message && (
          <Text data-testid="ske-status-message">{status.message}</Text>
        )}
      </Flex>
      {notLive && (
        <Alert
          status="info"
          title={t('status.notLiveTitle')}
          description={t('status.notLiveDescription')}
        />
      )}
      {applying && tone !== 'failed' && (
        <Alert
          status="info"
          title={t('status.applyingTitle')}
          description={t('status.applyingDescription')}
        />
      )}
      {failed && (
        <Alert
          status="danger"
          title={t('status.failingTitle')}
          description={failed.message ?? failed.reason}
        />
      )}
      {status.conditions.length > 0 && (
        <Box>
          <Text variant="body-small" color="secondary">
            {t('status.conditions')}
          </Text>
          <ul data-testid="ske-conditions">
            {status.conditions.map(c => (
              <li key={c.type}>
                <Text>
                  <strong>{c.type}</strong>: {c.status}
                  {c.reason ? ` (${c.reason})` : ''}
                  {c.message ? ` — ${c.message}` : ''}
                </Text>
              </li>
            ))}
          </ul>
        </Box>
      )}
      {status.pipelines.length > 0 && (
        <Box>
          <Text variant="body-small" color="secondary">
            {t('status.pipelines')}
          </Text>
          <ul data-testid="ske-pipelines">
            {status.pipelines.map(p => (
              <li key={p.name}>
                <Text>
                  {p.name}: {p.phase}
                  {p.message ? ` — ${p.message}` : ''}
                </Text>
              </li>
            ))}
          </ul>
        </Box>
      )}
    </Flex>
  );
}
