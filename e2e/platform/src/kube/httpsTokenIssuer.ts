import https from 'node:https';
import { generatePki } from '../pki';
import {
  generateSigningKey,
  signIdToken,
  TokenIssuer,
} from '../testing/tokenIssuer';

/**
 * The test OpenID issuer over HTTPS, as kube-apiserver's JWT authenticator
 * requires: a discovery document and a JWKS on 127.0.0.1:`port`, served with
 * a certificate of its own CA (`caCert`).
 */
export async function startHttpsTokenIssuer(
  port: number,
): Promise<TokenIssuer & { caCert: string }> {
  const { publicJwk, privateJwk } = await generateSigningKey('test-key');
  const pki = generatePki();
  const url = `https://127.0.0.1:${port}`;
  const server = https.createServer(
    { cert: pki.serverCert, key: pki.serverKey },
    (req, res) => {
      const body =
        req.url === '/.well-known/openid-configuration'
          ? { issuer: url, jwks_uri: `${url}/jwks` }
          : { keys: [publicJwk] };
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url,
    caCert: pki.caCert,
    sign: (claims, lifetime) => signIdToken(privateJwk, url, claims, lifetime),
    stop: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
