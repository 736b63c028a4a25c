import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Builds the site into `outDir` as `npm run build` does (src/build/build.ts), with the
 * environment added; the test names its own cache folder (DIGEST_CACHE_DIR) and content.
 */
export function buildSite(outDir: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'src', 'build', 'build.ts'), '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `buildSite` for a build a test stands on: its log, or an error that shows the log, naming `which` build. */
export function builtSite(outDir: string, env: Record<string, string>, which = 'the build'): string {
  const result = buildSite(outDir, env);
  if (result.status !== 0) throw new Error(`${which} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
