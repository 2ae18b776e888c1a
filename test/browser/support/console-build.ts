/**
 * Global setup of the browser tests: the server serves the console from admin/dist, so build it
 * (`npm run build -w admin`, a few seconds) when it is missing or older than its sources. Without
 * Chromium the browser tests skip, and nothing is built.
 *
 * The build takes the build lock (/tmp/qyzmet-build.lock, via flock when present) that the
 * project's other builds use, so it never empties admin/dist under another build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, NO_CHROMIUM } from './browser.js';

const ADMIN = fileURLToPath(new URL('../../../admin/', import.meta.url));
const BUILT = join(ADMIN, 'dist', 'index.html');
/** What the bundle is made of (relative to admin/): a change to any of these makes admin/dist stale. */
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json', '../package-lock.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

export function consoleBuildIsStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  return SOURCES.some((source) => existsSync(join(ADMIN, source)) && newestChange(join(ADMIN, source)) > built);
}

export default function buildConsole() {
  if (!existsSync(CHROMIUM_PATH)) {
    console.warn(`browser tests: ${NO_CHROMIUM}`);
    return;
  }
  if (!consoleBuildIsStale()) return;
  const started = Date.now();
  const build = ['npm', 'run', 'build', '-w', 'admin'];
  const hasFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  const [command, ...args] = hasFlock ? ['flock', '/tmp/qyzmet-build.lock', ...build] : build;
  const result = spawnSync(command, args, { cwd: join(ADMIN, '..'), encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`Building the console for the browser tests failed (${build.join(' ')}):\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`browser tests: built the console (admin/dist) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
