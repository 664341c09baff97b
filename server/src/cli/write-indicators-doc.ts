// `pnpm docs:indicators`: regenerates docs/indicators.md from the indicator definitions.
import { writeFile } from 'node:fs/promises';
import { renderIndicatorsDoc } from '@kopir/shared';
import { runCommand } from './run-command.ts';

await runCommand(async () => {
  const path = new URL('../../../docs/indicators.md', import.meta.url);
  await writeFile(path, renderIndicatorsDoc());
  return `Wrote ${path.pathname}`;
});
