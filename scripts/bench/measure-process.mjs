// Runs a command and measures it as the benchmark reports it: wall time, and the
// peak resident memory of its whole process tree, sampled, in total and for the
// Pagefind indexer on its own (a separate native process started by the build).
import { spawn, execFileSync } from 'node:child_process';

const SAMPLE_MS = 200;

/** pid → { ppid, rssKiB, comm } for every process, from one `ps` call. */
function processTable() {
  const table = new Map();
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,comm='], { encoding: 'utf8' });
  for (const line of out.split('\n')) {
    const [pid, ppid, rss, ...comm] = line.trim().split(/\s+/);
    if (pid) table.set(Number(pid), { ppid: Number(ppid), rssKiB: Number(rss), comm: comm.join(' ') });
  }
  return table;
}

/**
 * The memory of `root` and all its descendants right now: in total, of the search index
 * step (the process the build names `search-index`, with the Pagefind it starts), and of
 * Pagefind alone.
 */
function treeMemory(root) {
  const table = processTable();
  const children = new Map();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const sums = { total: 0, index: 0, pagefind: 0 };
  const stack = [{ pid: root, inIndex: false }];
  while (stack.length > 0) {
    const { pid, inIndex: parentInIndex } = stack.pop();
    const entry = table.get(pid);
    const inIndex = parentInIndex || entry?.comm === 'search-index';
    if (entry) {
      sums.total += entry.rssKiB;
      if (inIndex) sums.index += entry.rssKiB;
      if (entry.comm.startsWith('pagefind')) sums.pagefind += entry.rssKiB;
    }
    stack.push(...(children.get(pid) ?? []).map((child) => ({ pid: child, inIndex })));
  }
  return sums;
}

/**
 * Runs `command args` and resolves with { code, wallMs, peakKiB, peakIndexKiB,
 * peakPagefindKiB, peakOtherKiB, output }. `peakIndexKiB` is the peak of the search
 * index step, `peakOtherKiB` of everything else (Astro's process, and the build's own, which
 * compresses the pages beside the index; Astro's is by far the larger); `output` is
 * stdout and stderr together, for the log lines the build prints about its own steps.
 */
export function measureProcess(command, args, { env = {}, cwd = process.cwd() } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const peaks = { total: 0, index: 0, pagefind: 0, other: 0 };
    const timer = setInterval(() => {
      try {
        const { total, index, pagefind } = treeMemory(child.pid);
        peaks.total = Math.max(peaks.total, total);
        peaks.index = Math.max(peaks.index, index);
        peaks.pagefind = Math.max(peaks.pagefind, pagefind);
        peaks.other = Math.max(peaks.other, total - index);
      } catch {
        // `ps` can fail while the machine is busy; one missed sample is harmless.
      }
    }, SAMPLE_MS);
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearInterval(timer);
      resolve({ code, wallMs: performance.now() - started, peakKiB: peaks.total, peakIndexKiB: peaks.index, peakPagefindKiB: peaks.pagefind, peakOtherKiB: peaks.other, output });
    });
  });
}
