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
import type { CoreV1Event, CustomObjectsApi } from '@kubernetes/client-node';
import type { ResourceEvent, ResourceRef } from '@syntasso/plugin-ske-common';

/** Kratix's Works: what it made for a request, in the request's namespace. */
const WORKS = {
  group: 'platform.kratix.io',
  version: 'v1alpha1',
  plural: 'works',
};
/** The label Kratix puts on the Works of a resource request. */
const RESOURCE_NAME_LABEL = 'kratix.io/resource-name';
/** At most this many events of a namespace are read per call. */
export const EVENT_LIST_LIMIT = 500;

/** The names of the request's Works; none when the platform serves no Works (or they are forbidden). */
export async function workNamesOf(
  api: CustomObjectsApi,
  ref: ResourceRef,
): Promise<string[]> {
  try {
    const list = await api.listNamespacedCustomObject({
      ...WORKS,
      namespace: ref.namespace,
      labelSelector: `${RESOURCE_NAME_LABEL}=${ref.name}`,
    });
    return (list.items as { metadata?: { name?: string } }[]).flatMap(w =>
      w.metadata?.name ? [w.metadata.name] : [],
    );
  } catch (error) {
    const code = (error as { code?: number }).code;
    if (code === 404 || code === 403) {
      return [];
    }
    throw error;
  }
}

const isoOf = (value: Date | string | undefined) =>
  value ? new Date(value).toISOString() : undefined;

/** An event as the plugin returns it. */
function toResourceEvent(event: CoreV1Event): ResourceEvent {
  const { involvedObject: about } = event;
  return {
    type: event.type ?? 'Normal',
    reason: event.reason,
    message: event.message,
    involvedObject: {
      kind: about.kind ?? '',
      name: about.name ?? '',
      namespace: about.namespace,
    },
    count: event.count,
    lastSeen:
      isoOf(event.lastTimestamp) ??
      isoOf(event.eventTime) ??
      isoOf(event.firstTimestamp) ??
      isoOf(event.metadata?.creationTimestamp),
  };
}

/** The events about the request itself or one of `works`. */
export function eventsAbout(
  events: CoreV1Event[],
  ref: ResourceRef,
  works: string[],
): ResourceEvent[] {
  const about = new Set([
    `${ref.kind}/${ref.name}`,
    ...works.map(name => `Work/${name}`),
  ]);
  return events
    .filter(e => about.has(`${e.involvedObject.kind}/${e.involvedObject.name}`))
    .map(toResourceEvent);
}
