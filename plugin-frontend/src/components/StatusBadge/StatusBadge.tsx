import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Text, TextProps } from '@backstage/ui';
import type { KratixStatus } from '@syntasso/plugin-ske-common';
import { skeTranslationRef } from '../../translation';

type Tone = 'ok' | 'failed' | 'pending' | 'unknown';

/** The one word a status is summed up by, when the platform gave no message. */
type StatusWord =
  | 'available'
  | 'unavailable'
  | 'reconciled'
  | 'failing'
  | 'pending'
  | 'unknown';

/**
 * Reduces a Kratix status to a tone and one word (a message key), or the
 * platform's own message where it gave one.
 */
export function summariseStatus(status: KratixStatus): {
  word: StatusWord;
  message?: string;
  tone: Tone;
} {
  if (status.status === 'Available') return { word: 'available', tone: 'ok' };
  if (status.status === 'Unavailable')
    return { word: 'unavailable', tone: 'failed' };
  const reconciled = status.conditions.find(c => c.type === 'Reconciled');
  if (reconciled?.status === 'True') return { word: 'reconciled', tone: 'ok' };
  if (reconciled?.status === 'False')
    return { word: 'failing', message: reconciled.message, tone: 'failed' };
  if (reconciled)
    return { word: 'pending', message: reconciled.message, tone: 'pending' };
  return { word: 'unknown', message: status.message, tone: 'unknown' };
}

const COLOURS = {
  ok: 'success',
  failed: 'danger',
  pending: 'warning',
  unknown: 'secondary',
} as const satisfies Record<Tone, TextProps['color']>;

/** A coloured status word with `data-tone` for styling and tests. */
export function StatusBadge({ status }: { status: KratixStatus }) {
  const { t } = useTranslationRef(skeTranslationRef);
  const { word, message, tone } = summariseStatus(status);
  return (
    <Text
      as="span"
      weight="bold"
      color={COLOURS[tone]}
      data-testid="ske-status"
      data-tone={tone}
    >
      {message ?? t(`status.${word}`)}
    </Text>
  );
}
