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
import { Button } from '@backstage/ui';
import { skeTranslationRef } from '../../translation';

export interface RevealToggleProps {
  revealed: boolean;
  onToggle: () => void;
  isDisabled?: boolean;
}

/** The button that reveals masked secrets, and hides them again. */
export function RevealToggle({
  revealed,
  onToggle,
  isDisabled,
}: RevealToggleProps) {
  const { t } = useTranslationRef(skeTranslationRef);
  return (
    <Button
      size="small"
      variant="secondary"
      isDisabled={isDisabled}
      onPress={onToggle}
    >
      {revealed ? t('secrets.hide') : t('secrets.reveal')}
    </Button>
  );
}
