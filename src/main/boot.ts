// Loads the configuration or stops with one message naming every wrong variable.
import { type Config, ConfigError, loadConfig } from '../config/config.js';

export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Pols cannot start. ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
