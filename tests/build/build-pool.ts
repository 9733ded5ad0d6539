/**
 * A few build-worker.ts processes that build the broken-content fixtures one
 * after another each. A build that takes longer than the time limit, or a
 * worker that dies, fails that build with a message naming it; the worker is
 * replaced, so the other builds go on.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { BuildJob, BuildResult } from './build-worker.ts';

const WORKER = new URL('./build-worker.ts', import.meta.url);
// Far above any real build (a good one takes about 20 s on a busy 2-core machine): only a hung build reaches it.
const BUILD_TIME_LIMIT_MS = 120_000;
// The last of a dead worker's own stderr, to say why it died.
const STDERR_KEPT = 4000;

interface Waiting {
  name: string;
  job: BuildJob;
  resolve: (result: BuildResult) => void;
  reject: (error: Error) => void;
}

export class BuildPool {
  private readonly idle: ChildProcess[] = [];
  private readonly queue: Waiting[] = [];
  private readonly stderr = new WeakMap<ChildProcess, string>();
  private started = 0;
  private readonly size: number;

  constructor(size: number) {
    this.size = size;
  }

  /** Builds one job in the next free worker; `name` is what an error names. */
  build(name: string, job: BuildJob): Promise<BuildResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ name, job, resolve, reject });
      this.next();
    });
  }

  /** Ends the workers, once every build has been answered. */
  async close(): Promise<void> {
    await Promise.all(
      this.idle.splice(0).map((worker) => {
        const exited = new Promise((resolve) => worker.once('close', resolve));
        worker.disconnect();
        return exited;
      }),
    );
  }

  private next(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.start() : undefined);
      if (!worker) return;
      this.send(worker, this.queue.shift()!);
    }
  }

  private start(): ChildProcess {
    this.started++;
    const worker = fork(WORKER, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.stderr.set(worker, '');
    worker.stderr!.on('data', (chunk) =>
      this.stderr.set(worker, (this.stderr.get(worker) + chunk).slice(-STDERR_KEPT)),
    );
    worker.on('error', () => worker.kill('SIGKILL'));
    // A worker that ends, busy or idle, makes room for a new one.
    worker.once('close', () => {
      this.started--;
      if (this.idle.includes(worker)) this.idle.splice(this.idle.indexOf(worker), 1);
      this.next();
    });
    return worker;
  }

  private send(worker: ChildProcess, { name, job, resolve, reject }: Waiting): void {
    const settle = (fail?: Error, result?: BuildResult) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('close', onClose);
      if (fail) {
        worker.kill('SIGKILL');
        reject(fail);
      } else {
        this.idle.push(worker);
        resolve(result!);
        this.next();
      }
    };
    const onMessage = (result: BuildResult) => settle(undefined, result);
    const onClose = (code: number | null, signal: string | null) =>
      settle(
        new Error(
          `the build process died (exit code ${code}, signal ${signal}) while building ${name}:\n${this.stderr.get(worker)}`,
        ),
      );
    const timer = setTimeout(
      () => settle(new Error(`the build of ${name} took more than ${BUILD_TIME_LIMIT_MS / 1000} s; it was stopped`)),
      BUILD_TIME_LIMIT_MS,
    );
    worker.on('message', onMessage);
    worker.on('close', onClose);
    worker.send(job);
  }
}
