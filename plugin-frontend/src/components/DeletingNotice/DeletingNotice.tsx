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
import { Alert } from '@backstage/ui';
import { skeTranslationRef } from '../../translation';

export interface DeletingNoticeProps {
  /** When the platform was asked to delete the request (metadata.deletionTimestamp). */
  deletionTimestamp?: string;
  /** What it waits for before the request is gone. */
  finalizers?: string[];
  /** Where the request could be changed: says that it no longer can. */
  readOnly?: boolean;
}

/** Says that a request is being deleted and which finalizers it waits for; nothing otherwise. */
export function DeletingNotice({
  deletionTimestamp,
  finalizers = [],
  readOnly,
}: DeletingNoticeProps) {
  const { t } = useTranslationRef(skeTranslationRef);
  if (!deletionTimestamp) {
    return null;
  }
  return (
    <Alert
      data-testid="ske-deleting"
      status="warning"
      title={
        readOnly
          ? t('deleting.manageReadOnly')
          : t('deleting.title', {
              since: new Date(deletionTimestamp).toLocaleString(),
            })
      }
      description={
        finalizers.length > 0
          ? t('deleting.waitingFor', { finalizers: finalizers.join(', ') })
          : t('deleting.noFinalizers')
      }
    />
  );
}
