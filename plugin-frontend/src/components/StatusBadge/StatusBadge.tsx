import { Text, TextProps } from '@backstage/ui';
import type { KratixStatus } from '@syntasso/plugin-ske-common';

type Tone = 'ok' | 'failed' | 'pending' | 'unknown';

/** Reduces a Kratix status to one word and a tone. */
export function summariseStatus(status: KratixStatus): {
  label: string;
  tone: Tone;
} {
  if (status.status === 'Available') return { label: 'Available', tone: 'ok' };
  if (status.status === 'Unavailable')
    return { label: 'Unavailable', tone: 'failed' };
  const reconciled = status.conditions.find(c => c.type === 'Reconciled');
  if (reconciled?.status === 'True') return { label: 'Reconciled', tone: 'ok' };
  if (reconciled?.status === 'False')
    return { label: reconciled.message ?? 'Failing', tone: 'failed' };
  if (reconciled)
    return { label: reconciled.message ?? 'Pending', tone: 'pending' };
  return { label: status.message ?? 'Unknown', tone: 'unknown' };
}

const COLOURS = {
  ok: 'success',
  failed: 'danger',
  pending: 'warning',
  unknown: 'secondary',
} as const satisfies Record<Tone, TextProps['color']>;

/** A coloured status word with `data-tone` for styling and tests. */
export function StatusBadge({ status }: { status: KratixStatus }) {
  const { label, tone } = summariseStatus(status);
  return (
    <Text
      as="span"
      weight="bold"
      color={COLOURS[tone]}
      data-testid="ske-status"
      data-tone={tone}
    >
      {label}
    </Text>
  );
}
