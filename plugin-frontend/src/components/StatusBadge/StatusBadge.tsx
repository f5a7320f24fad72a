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
import { Text, TextProps } from '@backstage/ui';
import {
  KratixStatus,
  StatusTone,
  summariseStatus,
} from '@syntasso/plugin-ske-common';
import { skeTranslationRef } from '../../translation';

const COLOURS = {
  ok: 'success',
  failed: 'danger',
  pending: 'warning',
  unknown: 'secondary',
} as const satisfies Record<StatusTone, TextProps['color']>;

/** A coloured status word with `data-tone` for styling and tests. */
export function StatusBadge({ status }: { status: KratixStatus }) {
  const { t } = useTranslationRef(skeTranslationRef);
  const { word, message, tone } = summariseStatus(status);
  return (
    <Text
      as="span"
      weight="bold"
      color={COLOURS[tone]}
      data-testid="ske-status"
      data-tone={tone}
    >
      {message ?? t(`status.${word}`)}
    </Text>
  );
}

export { summariseStatus };
