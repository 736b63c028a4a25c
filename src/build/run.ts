import { spawn } from 'node:child_process';

/** Runs a command with this process's output and, added to this process's, `env`; resolves with its exit code. */
export function run(command: string, args: readonly string[], env: Record<string, string> = {}): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('error', reject);
    child.once('close', resolve);
  });
}
