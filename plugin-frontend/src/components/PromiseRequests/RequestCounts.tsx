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

import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Flex, Text } from '@backstage/ui';
import {
  ResourceStatusCounts,
  STATUS_TONES,
} from '@syntasso/plugin-ske-common';
import { skeTranslationRef } from '../../translation';

/** "1,000+" when the server stopped counting at its limit. */
function useCountFormat() {
  const { t } = useTranslationRef(skeTranslationRef);
  return (n: number, atLimit = false) =>
    atLimit
      ? t('requests.atLeast', { number: n.toLocaleString('en-US') })
      : n.toLocaleString('en-US');
}

/** A Promise's requests counted by status tone, as the backend counted them. */
export function RequestCounts({ counts }: { counts: ResourceStatusCounts }) {
  const { t } = useTranslationRef(skeTranslationRef);
  const format = useCountFormat();
  return (
    <Flex gap="4" data-testid="ske-request-counts">
      <Text weight="bold" data-testid="ske-request-count-total">
        {t('requests.total', { number: format(counts.total, counts.atLimit) })}
      </Text>
      {STATUS_TONES.map(tone => (
        <Text key={tone} data-testid={`ske-request-count-${tone}`}>
          {t(`requests.tones.${tone}`, { number: format(counts.counts[tone]) })}
        </Text>
      ))}
    </Flex>
  );
}
