import { parseFieldSelector } from './fieldSelector';
import type { KubeObject } from './store';

const obj: KubeObject = {
  apiVersion: 'v1',
  kind: 'Thing',
  metadata: { name: 'acid-db', namespace: 'team-a' },
};
const clusterScoped: KubeObject = {
  apiVersion: 'v1',
  kind: 'Thing',
  metadata: { name: 'redis' },
};

describe('parseFieldSelector', () => {
  it.each([
    ['', obj, true],
    ['metadata.name=acid-db', obj, true],
    ['metadata.name==acid-db', obj, true],
    ['metadata.name=other', obj, false],
    ['metadata.name!=other', obj, true],
    ['metadata.namespace=team-a', obj, true],
    ['metadata.namespace!=team-a', obj, false],
    ['metadata.name=acid-db,metadata.namespace=team-a', obj, true],
    ['metadata.name=acid-db,metadata.namespace=team-b', obj, false],
    ['metadata.namespace=', clusterScoped, true],
    ['metadata.namespace=team-a', clusterScoped, false],
  ])('%j on %j matches: %s', (selector, object, expected) => {
    expect(parseFieldSelector(selector)(object)).toBe(expected);
  });

  it.each([
    ['spec.teamId=team-a', 'field label not supported: spec.teamId'],
    ['status.phase!=Ready', 'field label not supported: status.phase'],
    [
      'metadata.name',
      "invalid selector: 'metadata.name'; can't understand 'metadata.name'",
    ],
  ])('refuses %j', (selector, message) => {
    expect(() => parseFieldSelector(selector)).toThrow(message);
  });
});
