/**
 * Contender servers run as separate processes, pinned to core 0 with `taskset` when the machine has
 * more than one core (the load generator, this process, pins itself to the last core), so a server
 * and its load generator never share a core. taskset execs the command: the pid is the server's.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

const canPin = cpus().length > 1 && existsSync('/usr/bin/taskset');
/** USER_HZ: 100 on Linux. */
const CLOCK_TICKS = 100;

export function pinSelfToLastCore(): void {
  if (canPin) spawnSync('taskset', ['-pc', String(cpus().length - 1), String(process.pid)], { stdio: 'ignore' });
}

/** `readyMs`: from spawn to the first answer of `readyPath` (cold start on an existing database). */
/** `cpuMs()`: CPU time (user + system) the server process has used so far: per-request cost that other load on the machine does not inflate. */
export interface ServerProcess { child: ChildProcess; url: string; readyMs: number; rssMb(): number; cpuMs(): number; stop(): Promise<void> }

export async function startServer(name: string, script: string, port: number, env: NodeJS.ProcessEnv, readyPath: string, nodeOptions: string[] = []): Promise<ServerProcess> {
  const spawnedAt = performance.now();
  const args = [process.execPath, ...nodeOptions, script];
  const child = canPin ? spawn('taskset', ['-c', '0', ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] }) : spawn(args[0], args.slice(1), { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once('exit', () => { exited = true; });
  const until = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`${name} exited during start-up`);
    try { if ((await fetch(`${url}${readyPath}`)).status < 500) break; } catch { /* not listening yet */ }
    if (Date.now() > until) { child.kill('SIGKILL'); throw new Error(`${name} did not become ready within 60 s`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  const readyMs = performance.now() - spawnedAt;
  return {
    child, url, readyMs,
    cpuMs: () => {
      // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised command name): utime, stime in clock ticks.
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    },
    rssMb: () => {
      const line = readFileSync(`/proc/${child.pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
      return line ? Number(line.replace(/\D+/g, '')) / 1024 : NaN;
    },
    stop: () => new Promise<void>((resolve) => {
      if (exited) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => { clearTimeout(timer); resolve(); });
      child.kill('SIGTERM');
    }),
  };
}
