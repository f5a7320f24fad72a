import { Badge } from '@backstage/ui';
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

const COLOURS: Record<Tone, string> = {
  ok: 'var(--bui-fg-success, #1b7f3b)',
  failed: 'var(--bui-fg-danger, #c62828)',
  pending: 'var(--bui-fg-warning, #b26a00)',
  unknown: 'var(--bui-fg-secondary, #666)',
};

/** A coloured status word with `data-tone` for styling and tests. */
export function StatusBadge({ status }: { status: KratixStatus }) {
  const { label, tone } = summariseStatus(status);
  return (
    <span
      data-testid="ske-status"
      data-tone={tone}
      style={{ color: COLOURS[tone] }}
    >
      <Badge>{label}</Badge>
    </span>
  );
}
