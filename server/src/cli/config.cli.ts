import 'reflect-metadata';
import { ConfigError } from '../config/config';
import { describeConfig } from '../config/describe-config';

/** `npm run config`: the configuration the server would start with, secrets masked. */
try {
  for (const line of describeConfig()) console.log(line);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Dossier could not start: ${error.message}`);
  process.exitCode = 1;
}
