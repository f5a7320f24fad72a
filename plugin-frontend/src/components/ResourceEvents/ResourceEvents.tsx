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
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Alert, Box, Flex, Text } from '@backstage/ui';
import type { ResourceRef } from '@syntasso/plugin-ske-common';
import useAsync from 'react-use/esm/useAsync';
import { describeSkeError, skeApiRef } from '../../api';
import { skeTranslationRef } from '../../translation';
import { SectionTitle } from '../SectionTitle';

export interface ResourceEventsProps {
  resourceRef: ResourceRef;
  /** Changes when the request changes, so the events are read again. */
  resourceVersion?: string;
}

/** Events of the request and of its Works, newest first, warnings marked. */
export function ResourceEvents({
  resourceRef,
  resourceVersion,
}: ResourceEventsProps) {
  const skeApi = useApi(skeApiRef);
  const { t } = useTranslationRef(skeTranslationRef);
  const { apiVersion, kind, namespace, name } = resourceRef;
  const { value, error } = useAsync(
    () => skeApi.listResourceEvents({ apiVersion, kind, namespace, name }),
    [skeApi, apiVersion, kind, namespace, name, resourceVersion],
  );
  return (
    <Box data-testid="ske-events">
      <SectionTitle
        title={t('events.title')}
        description={t('events.description')}
      />
      {error && (
        <Alert
          status="info"
          title={t('events.unavailable')}
          description={describeSkeError(error).message}
        />
      )}
      {value && value.items.length === 0 && <Text>{t('events.none')}</Text>}
      {value && value.items.length > 0 && (
        <ul data-testid="ske-event-list">
          {value.items.map((e, index) => (
            <li key={`${e.lastSeen}-${index}`} data-event-type={e.type}>
              <Flex gap="2" align="baseline">
                {e.type === 'Warning' && (
                  <Text color="warning" weight="bold">
                    {t('events.warning')}
                  </Text>
                )}
                <Text weight="bold">{e.reason}</Text>
                <Text>
                  {e.involvedObject.kind}/{e.involvedObject.name}
                </Text>
                <Text>{e.message}</Text>
                <Text variant="body-small" color="secondary">
                  {e.lastSeen && new Date(e.lastSeen).toLocaleString()}
                  {e.count && e.count > 1 ? ` (×${e.count})` : ''}
                </Text>
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
}
