/** Test certificates made with node-forge: a test CA and leaf certificates with chosen names and dates. */
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

const DAY = 86_400_000;

/** A PEM key pair from Node's native generator (forge's pure-JS RSA generation is slow). */
function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return {
    keyPem: privateKey,
    key: forge.pki.privateKeyFromPem(privateKey),
    pub: forge.pki.publicKeyFromPem(publicKey),
  };
}

/** A test certificate authority: its PEM certificate and signing key. */
export interface TestCa {
  certPem: string;
  cert: forge.pki.Certificate;
  key: forge.pki.PrivateKey;
}

let serial = 1;

/** A self-signed CA certificate valid for a year. */
export function makeCa(name: string): TestCa {
  const k = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = k.pub;
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = new Date(Date.now() - DAY);
  cert.validity.notAfter = new Date(Date.now() + 365 * DAY);
  const attrs = [{ name: 'commonName', value: name }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  cert.sign(k.key as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), cert, key: k.key };
}

/** A server certificate for `hosts`, signed by `ca`, valid from `fromDays` to `toDays` relative to now. */
export function makeLeaf(
  ca: TestCa,
  hosts: string[],
  fromDays: number,
  toDays: number,
): { key: string; cert: string } {
  const k = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = k.pub;
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = new Date(Date.now() + fromDays * DAY);
  cert.validity.notAfter = new Date(Date.now() + toDays * DAY);
  cert.setSubject([{ name: 'commonName', value: hosts[0]! }]);
  cert.setIssuer(ca.cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: hosts.map((h) => ({ type: 2, value: h })) },
  ]);
  cert.sign(ca.key as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return { key: k.keyPem, cert: forge.pki.certificateToPem(cert) };
}
