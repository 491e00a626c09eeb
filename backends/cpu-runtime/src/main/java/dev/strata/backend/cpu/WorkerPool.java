package dev.strata.backend.cpu;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * The daemon threads behind {@link Parallel}: a shared queue of tasks and workers that take them.
 *
 * <p>A worker that finds the queue empty spins for {@link #SPIN_NANOS} before it parks. Compiled
 * kernels issue parallel loops back to back (a GEMM two per cache block), and waking a parked
 * thread costs tens of microseconds on a virtual machine, more than many loops take; a worker
 * that is still spinning picks the next loop up at once. Submitters only unpark parked workers.
 */
final class WorkerPool {
  /** How long an idle worker keeps looking for work before it parks. */
  static final long SPIN_NANOS = 100_000;

  private static final System.Logger LOG = System.getLogger(WorkerPool.class.getName());
  private static final VarHandle PARKED;

  static {
    try {
      PARKED = MethodHandles.lookup().findVarHandle(Worker.class, "parked", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final Worker[] workers;

  /** Starts {@code size} daemon workers named {@code namePrefix-1}, {@code namePrefix-2}, ... */
  WorkerPool(int size, String namePrefix) {
    workers = new Worker[size];
    for (int i = 0; i < size; i++) {
      workers[i] = new Worker(namePrefix + "-" + (i + 1));
      workers[i].start();
    }
  }

  /** The number of workers. */
  int size() {
    return workers.length;
  }

  /** Whether the current thread is one of the workers (of any pool). */
  static boolean inWorker() {
    return Thread.currentThread() instanceof Worker;
  }

  /** Queues {@code copies} runs of {@code task} and wakes up to as many parked workers. */
  void submit(Runnable task, int copies) {
    for (int i = 0; i < copies; i++) {
      queue.offer(task);
    }
    int toWake = copies;
    for (Worker worker : workers) {
      if (toWake == 0) {
        break;
      }
      if (worker.parked && PARKED.compareAndSet(worker, true, false)) {
        LockSupport.unpark(worker);
        toWake--;
      }
    }
  }

  /** A pool thread: runs queued tasks, spins a while when there are none, then parks. */
  private final class Worker extends Thread {
    /** Set by the worker before it parks; cleared by whoever wakes it. */
    volatile boolean parked;

    Worker(String name) {
      super(name);
      setDaemon(true);
    }

    @Override
    public void run() {
      while (true) {
        Runnable task = nextTask();
        try {
          task.run();
        } catch (Throwable t) {
          // Tasks report their own failures; this only keeps the worker alive if that failed.
          LOG.log(System.Logger.Level.ERROR, "A Strata pool task failed", t);
        }
      }
    }

    private Runnable nextTask() {
      while (true) {
        Runnable task = queue.poll();
        if (task != null) {
          return task;
        }
        long deadline = System.nanoTime() + SPIN_NANOS;
        while (System.nanoTime() < deadline) {
          Thread.onSpinWait();
          if ((task = queue.poll()) != null) {
            return task;
          }
        }
        parked = true;
        // A submitter that queued before seeing parked == true is caught by this second look.
        if ((task = queue.poll()) != null) {
          parked = false;
          return task;
        }
        while (parked) {
          LockSupport.park(this);
          Thread.interrupted(); // nobody should interrupt a worker; if someone does, do not spin on it
        }
      }
    }
  }
}
