import { Box, Text } from '@backstage/ui';
import type { ReactNode } from 'react';

/** A labelled read-only value; `data-testid` is `ske-field-<label in kebab case>`. */
export function Field({ label, value }: { label: string; value?: ReactNode }) {
  return (
    <Box>
      <Text variant="body-small" color="secondary">
        {label}
      </Text>
      <Text
        as="p"
        data-testid={`ske-field-${label.toLowerCase().replace(/\s+/g, '-')}`}
      >
        {value ?? '—'}
      </Text>
    </Box>
  );
}
