import forge from 'node-forge';

/** A CA and a server certificate signed by it, all PEM-encoded. */
export interface PlatformPki {
  caCert: string;
  serverCert: string;
  serverKey: string;
}

function newCertificate(
  keys: forge.pki.rsa.KeyPair,
  serial: string,
  subject: forge.pki.CertificateField[],
  issuer: forge.pki.CertificateField[],
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 24 * 3600_000);
  cert.setSubject(subject);
  cert.setIssuer(issuer);
  return cert;
}

/**
 * Generates a self-signed CA and a serving certificate for 127.0.0.1 and
 * localhost, as a cluster's API server would present.
 */
export function generatePki(): PlatformPki {
  const caKeys = forge.pki.rsa.generateKeyPair(2048);
  const caName = [{ name: 'commonName', value: 'ske-platform-simulator-ca' }];
  const ca = newCertificate(caKeys, '01', caName, caName);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const serverKeys = forge.pki.rsa.generateKeyPair(2048);
  const server = newCertificate(
    serverKeys,
    '02',
    [{ name: 'commonName', value: 'kube-apiserver' }],
    caName,
  );
  server.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 2, value: 'localhost' },
        { type: 7, ip: '127.0.0.1' },
      ],
    },
  ]);
  server.sign(caKeys.privateKey, forge.md.sha256.create());

  return {
    caCert: forge.pki.certificateToPem(ca),
    serverCert: forge.pki.certificateToPem(server),
    serverKey: forge.pki.privateKeyToPem(serverKeys.privateKey),
  };
}
