package art.equilibria.watch;

import art.equilibria.run.RunFolder;
import art.equilibria.train.TrainingListener;
import java.time.Duration;

/**
 * The live page of a training: serves the run while it trains. It does no work per step (the page
 * reads the run folder and polls for changes), so the training thread never waits on the server.
 * Closing it stops the server, first giving an open page the moment it needs to see the final
 * state.
 */
public final class WatchListener implements TrainingListener, AutoCloseable {
  /** A page polls every second; one that polled this recently is open. */
  private static final Duration OPEN_PAGE = Duration.ofSeconds(5);

  /** The longest a finished training waits for an open page's last poll. */
  private static final Duration LAST_POLL = Duration.ofSeconds(3);

  private final WatchServer server;
  private volatile long finishedNanos;

  /** Starts serving {@code run} on the bound server. */
  public WatchListener(WatchServer server, RunFolder run) {
    this.server = server;
    server.serve(run, true);
  }

  @Override
  public void finished(long stepsDone) {
    finishedNanos = System.nanoTime();
  }

  @Override
  public void close() {
    try {
      awaitLastPoll();
    } finally {
      server.close();
    }
  }

  /** Lets an open page see the end (finished, or failed if training threw); none: no wait. */
  private void awaitLastPoll() {
    long end = finishedNanos != 0 ? finishedNanos : System.nanoTime();
    if (server.lastPollNanos() == 0 || end - server.lastPollNanos() > OPEN_PAGE.toNanos()) {
      return;
    }
    long deadline = System.nanoTime() + LAST_POLL.toNanos();
    while (server.lastPollNanos() - end < 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
