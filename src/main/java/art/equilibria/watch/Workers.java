package art.equilibria.watch;

import com.sun.net.httpserver.HttpHandler;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's threads, each exchange on them bounded in time. The JDK's server reads a request on
 * the thread it hands the exchange to, with no timeout: a client that sends half a request would
 * hold that thread for good, and a few such clients would stop the page. An exchange past its
 * deadline has its thread interrupted, which closes the connection (an interrupted channel read or
 * write closes the channel); and exchanges beyond the threads and the waiting line are refused,
 * which the server answers by closing the connection.
 */
final class Workers implements Executor, AutoCloseable {
  private final Limits limits;
  private final ThreadPoolExecutor pool;
  private final ScheduledThreadPoolExecutor clock;
  private final ThreadLocal<Deadline> current = new ThreadLocal<>();

  Workers(Limits limits) {
    this.limits = limits;
    this.pool =
        new ThreadPoolExecutor(
            limits.threads(),
            limits.threads(),
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(limits.waiting()),
            daemons("watch"),
            new ThreadPoolExecutor.AbortPolicy());
    this.clock = new ScheduledThreadPoolExecutor(1, daemons("watch-clock"));
    clock.setRemoveOnCancelPolicy(true);
  }

  /**
   * Runs an exchange, which must read its request within {@link Limits#request} of being handed
   * over, time spent waiting for a thread included.
   *
   * @throws RejectedExecutionException when every thread is busy and the waiting line full
   */
  @Override
  public void execute(Runnable exchange) {
    Deadline deadline = new Deadline(clock);
    deadline.set(limits.request());
    try {
      pool.execute(() -> run(exchange, deadline));
    } catch (RejectedExecutionException e) {
      deadline.cancel();
      throw e;
    }
  }

  /** {@code handler}, given {@link Limits#answer} from when the request has arrived. */
  HttpHandler answering(HttpHandler handler) {
    return exchange -> {
      Deadline deadline = current.get();
      if (deadline != null) {
        deadline.set(limits.answer());
      }
      handler.handle(exchange);
    };
  }

  private void run(Runnable exchange, Deadline deadline) {
    deadline.start();
    current.set(deadline);
    try {
      exchange.run();
    } finally {
      current.remove();
      deadline.end();
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    clock.shutdownNow();
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** One exchange's deadline: when it passes, the thread running the exchange is interrupted. */
  private static final class Deadline {
    private final ScheduledExecutorService clock;
    private ScheduledFuture<?> alarm;
    private Thread thread;
    private boolean passed;
    private boolean ended;

    Deadline(ScheduledExecutorService clock) {
      this.clock = clock;
    }

    synchronized void set(Duration after) {
      cancel();
      alarm = clock.schedule(this::pass, after.toNanos(), TimeUnit.NANOSECONDS);
    }

    synchronized void cancel() {
      if (alarm != null) {
        alarm.cancel(false);
      }
    }

    /** On the exchange's thread; one that waited past its deadline starts interrupted. */
    synchronized void start() {
      thread = Thread.currentThread();
      if (passed) {
        thread.interrupt();
      }
    }

    /** On the exchange's thread: no interrupt reaches it after this, nor stays for the next. */
    synchronized void end() {
      ended = true;
      cancel();
      Thread.interrupted();
    }

    private synchronized void pass() {
      if (!ended) {
        passed = true;
        if (thread != null) {
          thread.interrupt();
        }
      }
    }
  }
}
