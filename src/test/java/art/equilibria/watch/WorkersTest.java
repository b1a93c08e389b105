package art.equilibria.watch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Exchanges bounded in time and in number, without a server. */
class WorkersTest {
  private static final Limits QUICK =
      new Limits(1, 1, Duration.ofMillis(500), Duration.ofSeconds(2));

  @Test
  void anExchangePastItsRequestTimeIsInterrupted() throws Exception {
    try (Workers workers = new Workers(QUICK)) {
      CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
      workers.execute(() -> interrupted.complete(sleeps(Duration.ofSeconds(5))));
      assertTrue(interrupted.get(4, TimeUnit.SECONDS));
    }
  }

  @Test
  void theAnswerHasItsOwnLongerTime() throws Exception {
    try (Workers workers = new Workers(QUICK)) {
      CompletableFuture<Boolean> shortAnswer = new CompletableFuture<>();
      workers.execute(
          () -> answer(workers, () -> shortAnswer.complete(sleeps(Duration.ofSeconds(1)))));
      assertFalse(
          shortAnswer.get(4, TimeUnit.SECONDS), "past the request time, within the answer's");
      CompletableFuture<Boolean> longAnswer = new CompletableFuture<>();
      workers.execute(
          () -> answer(workers, () -> longAnswer.complete(sleeps(Duration.ofSeconds(5)))));
      assertTrue(longAnswer.get(4, TimeUnit.SECONDS));
    }
  }

  @Test
  void aDeadlineEndsWithItsExchange() throws Exception {
    try (Workers workers = new Workers(QUICK)) {
      workers.execute(() -> {});
      CompletableFuture<Boolean> next = new CompletableFuture<>();
      workers.execute(() -> answer(workers, () -> next.complete(sleeps(Duration.ofSeconds(1)))));
      assertFalse(
          next.get(4, TimeUnit.SECONDS), "the first exchange's request time passed meanwhile");
    }
  }

  @Test
  void exchangesBeyondTheThreadsAndTheWaitingLineAreRefused() throws Exception {
    Limits patient = new Limits(1, 1, Duration.ofSeconds(30), Duration.ofSeconds(30));
    CountDownLatch release = new CountDownLatch(1);
    try (Workers workers = new Workers(patient)) {
      Runnable held = () -> awaits(release);
      workers.execute(held);
      workers.execute(held);
      assertThrows(RejectedExecutionException.class, () -> workers.execute(held));
    } finally {
      release.countDown();
    }
  }

  /** Runs {@code work} as the server's handler would be run. */
  private static void answer(Workers workers, Runnable work) {
    try {
      workers.answering(exchange -> work.run()).handle(null);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Whether sleeping was interrupted. */
  private static boolean sleeps(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return false;
    } catch (InterruptedException e) {
      return true;
    }
  }

  private static void awaits(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
