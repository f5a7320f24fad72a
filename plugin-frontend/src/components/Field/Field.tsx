import { Box, Text } from '@backstage/ui';
import type { ReactNode } from 'react';

/** A labelled read-only value; `data-testid` is `ske-field-<id>`, whatever the label's language. */
export function Field({
  id,
  label,
  value,
}: {
  id: string;
  label: string;
  value?: ReactNode;
}) {
  return (
    <Box>
      <Text variant="body-small" color="secondary">
        {label}
      </Text>
      <Text as="p" data-testid={`ske-field-${id}`}>
        {value ?? '—'}
      </Text>
    </Box>
  );
}
