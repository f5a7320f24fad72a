import { Alert } from '@backstage/ui';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { skeTranslationRef } from '../../translation';

/** Explains which Kratix annotations an entity lacks, instead of failing. */
export function MissingAnnotations({ missing }: { missing: string[] }) {
  const { t } = useTranslationRef(skeTranslationRef);
  return (
    <Alert
      status="warning"
      title={t('missingAnnotations.title')}
      description={t('missingAnnotations.description', {
        annotations: missing.map(a => `'${a}'`).join(', '),
      })}
    />
  );
}
