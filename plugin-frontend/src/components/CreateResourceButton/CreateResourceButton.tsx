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
export function useCreateResourceHref(
  entity: Entity,
  promiseName: string,
): string {
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
