package art.equilibria.watch;

import java.time.Duration;

/**
 * What the server grants its clients, so that no client, stalled or greedy, keeps the page from the
 * others.
 *
 * @param threads exchanges answered at once
 * @param waiting exchanges that may wait for a thread; the server closes the connection of any more
 * @param request how long a request may take to arrive whole, from its first byte
 * @param answer how long answering it may take (a client that stops reading a large answer)
 */
record Limits(int threads, int waiting, Duration request, Duration answer) {
  /** A page asks a handful of small questions a second and fetches a few PNGs at once. */
  static final Limits DEFAULT = new Limits(4, 32, Duration.ofSeconds(5), Duration.ofSeconds(60));
}
