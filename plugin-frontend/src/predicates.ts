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

import type { FilterPredicate } from '@backstage/filter-predicates';
import { KRATIX_ANNOTATIONS } from '@syntasso/plugin-ske-common';

const typeAnnotation = `metadata.annotations.${KRATIX_ANNOTATIONS.type}`;

/** `{ [path]: matcher }`, typed: computed keys defeat the predicate type's inference. */
const at = (
  path: string,
  matcher: string | { $exists: boolean } | { $in: string[] },
) => ({ [path]: matcher } as FilterPredicate);

function kratixTypePredicate(type: 'promise' | 'resource'): FilterPredicate {
  return {
    $all: [
      at('kind', 'component'),
      {
        $any: [
          at(typeAnnotation, type),
          {
            $all: [
              {
                $any: [
                  at(typeAnnotation, { $exists: false }),
                  at(typeAnnotation, ''),
                ],
              },
              at('spec.type', { $in: [`kratix-${type}`, type] }),
            ],
          },
        ],
      },
    ],
  };
}

/**
 * Matches Kratix Promise components: `kratix.io/type: promise` when the
 * annotation is set, else `spec.type` `kratix-promise` (or `promise`).
 *
 * @public
 */
export const isKratixPromisePredicate = kratixTypePredicate('promise');

/**
 * Matches Kratix resource components: `kratix.io/type: resource` when the
 * annotation is set, else `spec.type` `kratix-resource` (or `resource`).
 *
 * @public
 */
export const isKratixResourcePredicate = kratixTypePredicate('resource');
