/**
 * Everything the benchmark starts (build processes, servers, browsers, temp
 * directories) registers how to stop it here, so a failure or Ctrl+C still
 * leaves nothing behind.
 */
type Task = { name: string; run: () => void | Promise<void> };

const tasks: Task[] = [];

/** Registers a cleanup step; returns a function that runs nothing and unregisters it. */
export function onCleanup(name: string, run: () => void | Promise<void>): () => void {
  const task = { name, run };
  tasks.push(task);
  return () => {
    const index = tasks.indexOf(task);
    if (index >= 0) tasks.splice(index, 1);
  };
}

/** Runs every registered step, newest first, each at most once. */
export async function cleanupAll(): Promise<void> {
  while (tasks.length > 0) {
    const task = tasks.pop() as Task;
    try {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([task.run(), new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
      clearTimeout(timer);
    } catch (error) {
      console.error(`cleanup "${task.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

let exiting = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (exiting) return;
    exiting = true;
    console.error(`\nbench: ${signal}, cleaning up…`);
    void cleanupAll().finally(() => process.exit(130));
  });
}
