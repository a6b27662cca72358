/** The scanner connectors: vulnerability, code and dependency scanner exports, kubectl JSON, and the TLS probe. */
import type { FileImporter } from '@vigil/monitoring';
import { grypeImporter } from './grype.ts';
import { kubectlImporter } from './kubectl.ts';
import { npmAuditImporter } from './npm-audit.ts';
import { sarifImporter } from './sarif.ts';
import { trivyImporter } from './trivy.ts';

export {
  probeTlsEndpoint,
  probeTlsEndpoints,
  type TlsEndpointConfig,
  TlsEndpointConfigSchema,
  type TlsProbeConfig,
  TlsProbeConfigSchema,
  type TlsProbeOptions,
} from './tls-probe.ts';

/** The scanner file importers, most specific detection first (kubectl's is the loosest). */
export const SCANNERS_IMPORTERS: FileImporter[] = [
  trivyImporter,
  grypeImporter,
  sarifImporter,
  npmAuditImporter,
  kubectlImporter,
];
