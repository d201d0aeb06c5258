import { KEY_LAYOUT, provisionKeys } from "../common/auth/keys";
import { loadConfigOrExit } from "../common/config";
import { loadDotEnv } from "../subgraphs/kit/bootstrap";

/**
 * `npm run keys`: creates any missing key material under KEYS_DIR (development creates it on
 * first start; production expects it provisioned). Existing keys are kept.
 */
function main(): void {
  loadDotEnv();
  const config = loadConfigOrExit();
  const dir = config.auth.keysDir;
  provisionKeys(dir);
  console.log(`Keys in ${dir}:
  ${KEY_LAYOUT.internal}/private.pem     gateway only: signs internal tokens
  ${KEY_LAYOUT.internal}/public.pem      every subgraph: verifies them
  ${KEY_LAYOUT.attestation}/secret       subgraphs only: relationship attestations
  ${KEY_LAYOUT.devIssuer}/               the development issuer (trusted only with AUTH_DEV_ISSUER=true)`);
}

main();
