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
