import { readableName } from './readableName';

describe('readableName', () => {
  it.each([
    ['storageGb', 'Storage GB'],
    ['teamId', 'Team ID'],
    ['backupEnabled', 'Backup enabled'],
    ['max_connections', 'Max connections'],
    ['tls-secret', 'TLS secret'],
    ['apiURL', 'API URL'],
    ['replicas', 'Replicas'],
    ['env', 'Env'],
    ['caBundle', 'CA bundle'],
    ['x509Cert', 'X509 cert'],
    ['', ''],
  ])('reads %j as %j', (name, readable) => {
    expect(readableName(name)).toBe(readable);
  });
});
