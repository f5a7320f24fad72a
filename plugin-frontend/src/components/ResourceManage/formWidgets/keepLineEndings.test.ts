import { keepLineEndings } from './keepLineEndings';

describe('keepLineEndings', () => {
  it('leaves text stored with "\\n" as typed', () => {
    expect(keepLineEndings('a\nb\n', 'a\n')).toBe('a\nb\n');
  });

  it('gives "\\r\\n" back to text stored with "\\r\\n" throughout', () => {
    expect(keepLineEndings('line 1\nline 2\n', 'line 1\r\nold\r\n')).toBe(
      'line 1\r\nline 2\r\n',
    );
  });

  it('keeps mixed line endings as typed', () => {
    expect(keepLineEndings('a\nb', 'a\r\nb\nc')).toBe('a\nb');
  });

  it('keeps text that already has carriage returns', () => {
    expect(keepLineEndings('a\r\nb', 'x\r\ny')).toBe('a\r\nb');
  });
});
