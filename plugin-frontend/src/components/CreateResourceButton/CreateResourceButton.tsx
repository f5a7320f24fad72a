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

import type { Entity } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import { ButtonLink } from '@backstage/ui';
import { getPromiseTemplateRef } from '@syntasso/plugin-ske-common';
import { templateListRouteRef, templateRouteRef } from '../../routes';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { skeTranslationRef } from '../../translation';

/**
 * Where the scaffolder lives in a default Backstage app. Used only when the
 * app has not bound the plugin's external routes (no scaffolder plugin).
 */
const DEFAULT_SCAFFOLDER_PATH = '/create';

/**
 * The Create link of a Promise: the Template named by
 * `kratix.io/backstage-promise-template`, else the template list searched
 * for the Promise (the scaffolder's `filters[text]` query parameter, which
 * matches template names, titles and tags).
 */
function useCreateResourceHref(entity: Entity, promiseName: string): string {
  const templatePage = useRouteRef(templateRouteRef);
  const templateList = useRouteRef(templateListRouteRef);
  const template = getPromiseTemplateRef(entity);
  if (template) {
    const params = {
      namespace: template.namespace,
      templateName: template.name,
    };
    return (
      templatePage?.(params) ??
      `${DEFAULT_SCAFFOLDER_PATH}/templates/${encodeURIComponent(
        params.namespace,
      )}/${encodeURIComponent(params.templateName)}`
    );
  }
  const list = templateList?.() ?? DEFAULT_SCAFFOLDER_PATH;
  return `${list}?filters[text]=${encodeURIComponent(promiseName)}`;
}

/** Opens the Promise's Template to request a new Resource. */
export function CreateResourceButton({
  entity,
  promiseName,
}: {
  entity: Entity;
  promiseName: string;
}) {
  const { t } = useTranslationRef(skeTranslationRef);
  const href = useCreateResourceHref(entity, promiseName);
  return (
    <ButtonLink href={href} variant="primary" data-testid="ske-create">
      {t('promiseOverview.create')}
    </ButtonLink>
  );
}
