import { ConfigError } from '../config.ts';
import { AppError } from '../errors.ts';
import { LaunchError } from '../stack/launch-error.ts';

/**
 * Runs a one-off command: expected failures print one line and exit non-zero (2 for a
 * configuration or usage error); anything else is a bug and shows its stack.
 */
export async function runCommand(command: () => Promise<string>): Promise<void> {
  try {
    console.log(`[kopir] ${await command()}`);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof LaunchError || error instanceof AppError || error instanceof UsageError) {
      console.error(`[kopir] ${error.message}`);
      process.exit(error instanceof ConfigError || error instanceof UsageError ? 2 : 1);
    }
    throw error;
  }
}

/** Wrong command-line arguments. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
