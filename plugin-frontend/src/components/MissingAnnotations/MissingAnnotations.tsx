import { Alert } from '@backstage/ui';

/** Explains which Kratix annotations an entity lacks, instead of failing. */
export function MissingAnnotations({ missing }: { missing: string[] }) {
  return (
    <Alert
      status="warning"
      title="This entity is missing Kratix annotations"
      description={`Add ${missing
        .map(a => `'${a}'`)
        .join(
          ', ',
        )} to the entity's metadata.annotations so the Kratix plugin can find it on the platform.`}
    />
  );
}
