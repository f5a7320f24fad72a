import { jsonPatch, mergePatch } from './patch';

describe('mergePatch (RFC 7386)', () => {
  // the examples of RFC 7386, appendix A
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [
      ['a', 'b'],
      ['c', 'd'],
      ['c', 'd'],
    ],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])('%j patched with %j is %j', (target, patch, expected) => {
    expect(mergePatch(target, patch)).toEqual(expected);
  });

  it('leaves the target unchanged', () => {
    const target = {
      spec: { size: 1, tags: ['a'] },
      metadata: { labels: { a: 'b' } },
    };
    const copy = structuredClone(target);
    mergePatch(target, {
      spec: { size: null, tags: ['b'] },
      metadata: { labels: { c: 'd' } },
    });
    expect(target).toEqual(copy);
  });
});

describe('jsonPatch (RFC 6902)', () => {
  // the examples of RFC 6902, appendix A, that must apply
  it.each([
    [
      'A.1 add an object member',
      { foo: 'bar' },
      [{ op: 'add', path: '/baz', value: 'qux' }],
      { baz: 'qux', foo: 'bar' },
    ],
    [
      'A.2 add an array element',
      { foo: ['bar', 'baz'] },
      [{ op: 'add', path: '/foo/1', value: 'qux' }],
      { foo: ['bar', 'qux', 'baz'] },
    ],
    [
      'A.3 remove an object member',
      { baz: 'qux', foo: 'bar' },
      [{ op: 'remove', path: '/baz' }],
      { foo: 'bar' },
    ],
    [
      'A.4 remove an array element',
      { foo: ['bar', 'qux', 'baz'] },
      [{ op: 'remove', path: '/foo/1' }],
      { foo: ['bar', 'baz'] },
    ],
    [
      'A.5 replace a value',
      { baz: 'qux', foo: 'bar' },
      [{ op: 'replace', path: '/baz', value: 'boo' }],
      { baz: 'boo', foo: 'bar' },
    ],
    [
      'A.6 move a value',
      { foo: { bar: 'baz', waldo: 'fred' }, qux: { corge: 'grault' } },
      [{ op: 'move', from: '/foo/waldo', path: '/qux/thud' }],
      { foo: { bar: 'baz' }, qux: { corge: 'grault', thud: 'fred' } },
    ],
    [
      'A.7 move an array element',
      { foo: ['all', 'grass', 'cows', 'eat'] },
      [{ op: 'move', from: '/foo/1', path: '/foo/3' }],
      { foo: ['all', 'cows', 'eat', 'grass'] },
    ],
    [
      'A.8 test a value',
      { baz: 'qux', foo: ['a', 2, 'c'] },
      [
        { op: 'test', path: '/baz', value: 'qux' },
        { op: 'test', path: '/foo/1', value: 2 },
      ],
      { baz: 'qux', foo: ['a', 2, 'c'] },
    ],
    [
      'A.10 add a nested member object',
      { foo: 'bar' },
      [{ op: 'add', path: '/child', value: { grandchild: {} } }],
      { foo: 'bar', child: { grandchild: {} } },
    ],
    [
      'A.11 ignore unrecognised elements',
      { foo: 'bar' },
      [{ op: 'add', path: '/baz', value: 'qux', xyz: 123 }],
      { foo: 'bar', baz: 'qux' },
    ],
    [
      'A.14 ~ escape ordering',
      { '/': 9, '~1': 10 },
      [{ op: 'test', path: '/~01', value: 10 }],
      { '/': 9, '~1': 10 },
    ],
    [
      'A.16 add an array value',
      { foo: ['bar'] },
      [{ op: 'add', path: '/foo/-', value: ['abc', 'def'] }],
      { foo: ['bar', ['abc', 'def']] },
    ],
    [
      'copy a value',
      { spec: { a: { x: 1 } } },
      [{ op: 'copy', from: '/spec/a', path: '/spec/b' }],
      { spec: { a: { x: 1 }, b: { x: 1 } } },
    ],
    [
      'add replaces an existing member',
      { metadata: { labels: { a: 'b' } } },
      [{ op: 'add', path: '/metadata/labels', value: { c: 'd' } }],
      { metadata: { labels: { c: 'd' } } },
    ],
    [
      'test compares objects whatever their key order',
      { spec: { a: 1, b: 2 } },
      [{ op: 'test', path: '/spec', value: { b: 2, a: 1 } }],
      { spec: { a: 1, b: 2 } },
    ],
    [
      'a key with a slash, as Kubernetes labels have',
      { metadata: { labels: { 'kratix.io/promise-name': 'redis' } } },
      [
        {
          op: 'replace',
          path: '/metadata/labels/kratix.io~1promise-name',
          value: 'kafka',
        },
      ],
      { metadata: { labels: { 'kratix.io/promise-name': 'kafka' } } },
    ],
  ])('%s', (_name, target, ops, expected) => {
    expect(jsonPatch(target, ops as never)).toEqual(expected);
  });

  // the examples of RFC 6902, appendix A, that must fail, and other impossible operations
  it.each([
    [
      'A.9 a failing test',
      { baz: 'qux' },
      [{ op: 'test', path: '/baz', value: 'bar' }],
    ],
    [
      'A.12 add to a missing parent',
      { foo: 'bar' },
      [{ op: 'add', path: '/baz/bat', value: 'qux' }],
    ],
    [
      'A.15 compare a string with a number',
      { '/': 9, '~1': 10 },
      [{ op: 'test', path: '/~01', value: '10' }],
    ],
    [
      'remove a missing member',
      { foo: 'bar' },
      [{ op: 'remove', path: '/baz' }],
    ],
    [
      'replace a missing member',
      { foo: 'bar' },
      [{ op: 'replace', path: '/baz', value: 1 }],
    ],
    [
      'add past the end of an array',
      { foo: ['a'] },
      [{ op: 'add', path: '/foo/5', value: 'b' }],
    ],
    [
      'remove past the end of an array',
      { foo: ['a'] },
      [{ op: 'remove', path: '/foo/1' }],
    ],
    [
      'a pointer without a leading slash',
      { foo: 'bar' },
      [{ op: 'add', path: 'baz', value: 1 }],
    ],
    [
      'an unknown operation',
      { foo: 'bar' },
      [{ op: 'frobnicate', path: '/foo' }],
    ],
  ])('refuses %s', (_name, target, ops) => {
    expect(() => jsonPatch(target, ops as never)).toThrow();
  });

  it('applies all operations or none, never changing the target', () => {
    const target = { spec: { color: 'red' } };
    expect(() =>
      jsonPatch(target, [
        { op: 'replace', path: '/spec/color', value: 'blue' },
        { op: 'remove', path: '/spec/missing' },
      ]),
    ).toThrow('path not found: /spec/missing');
    expect(target).toEqual({ spec: { color: 'red' } });
  });
});
