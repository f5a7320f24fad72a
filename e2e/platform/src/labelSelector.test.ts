import { parseLabelSelector } from './labelSelector';

const labels = {
  'kratix.io/promise-name': 'redis',
  tier: 'gold',
  env: 'prod',
  empty: '',
};

describe('parseLabelSelector', () => {
  it.each([
    // selector, labels, matches
    ['', labels, true],
    ['   ', labels, true],
    ['kratix.io/promise-name=redis', labels, true],
    ['kratix.io/promise-name==redis', labels, true],
    ['kratix.io/promise-name = redis', labels, true],
    ['kratix.io/promise-name=postgresql', labels, false],
    ['kratix.io/promise-name!=postgresql', labels, true],
    ['kratix.io/promise-name!=redis', labels, false],
    ['missing!=x', labels, true],
    ['missing=x', labels, false],
    ['empty=', labels, true],
    ['tier', labels, true],
    ['!tier', labels, false],
    ['missing', labels, false],
    ['!missing', labels, true],
    ['env in (dev,prod)', labels, true],
    ['env in ( dev , staging )', labels, false],
    ['missing in (x)', labels, false],
    ['env notin (dev,staging)', labels, true],
    ['env notin (prod)', labels, false],
    ['missing notin (x)', labels, true],
    ['tier=gold,env=prod', labels, true],
    ['tier=gold,env=dev', labels, false],
    ['tier=gold,env in (dev,prod),!missing', labels, true],
    ['kratix.io/promise-name=redis', undefined, false],
    ['!tier', undefined, true],
    ['', undefined, true],
    // label keys are looked up as own properties only
    ['constructor', {}, false],
    ['toString in (x)', {}, false],
    ['!hasOwnProperty', {}, true],
  ])('%j on %j matches: %s', (selector, objectLabels, expected) => {
    expect(parseLabelSelector(selector)(objectLabels)).toBe(expected);
  });

  it.each(['a in b', 'a=b=c', 'a in (x', '=x', 'a b', 'tier=gold,,env=prod'])(
    'refuses %j',
    selector => {
      expect(() => parseLabelSelector(selector)).toThrow(
        /unable to parse requirement/,
      );
    },
  );

  it('accepts null and undefined as "everything"', () => {
    expect(parseLabelSelector(null)({})).toBe(true);
    expect(parseLabelSelector(undefined)(labels)).toBe(true);
  });
});
