package art.equilibria.play;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Stand-ins for a player's source, screen and wall clock, for tests without networks. */
final class FakeShow {
  private FakeShow() {}

  /**
   * A loop of small pictures of one colour, pixel (0, 0) holding the frame's index; throws once, or
   * hangs once, at one frame when asked.
   */
  static final class Source implements FrameSource {
    final AtomicInteger made = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();

    /** Counted down when the hang begins. */
    final CountDownLatch hanging = new CountDownLatch(1);

    private final CountDownLatch release = new CountDownLatch(1);
    private final int colour;
    private final long throwAt;
    private final long hangAt;
    private final AtomicBoolean thrown = new AtomicBoolean();

    Source(long throwAt) {
      this(0, throwAt, -1);
    }

    private Source(int colour, long throwAt, long hangAt) {
      this.colour = colour;
      this.throwAt = throwAt;
      this.hangAt = hangAt;
    }

    static Source coloured(Color colour) {
      return new Source(colour.getRGB() & 0xffffff, -1, -1);
    }

    /** Hangs at that frame, once, as a native call that hears no interrupt, until released. */
    static Source hangingAt(long frame) {
      return new Source(0, -1, frame);
    }

    void release() {
      release.countDown();
    }

    @Override
    public BufferedImage frame(long index) {
      if (index == throwAt && !thrown.getAndSet(true)) {
        throw new IllegalStateException("made to throw at frame " + index);
      }
      if (index == hangAt && hanging.getCount() > 0) {
        hanging.countDown();
        boolean interrupted = false;
        while (release.getCount() > 0) {
          try {
            release.await();
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      made.incrementAndGet();
      BufferedImage picture = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = picture.createGraphics();
      g.setColor(new Color(colour));
      g.fillRect(0, 0, 4, 4);
      g.dispose();
      picture.setRGB(0, 0, (int) index);
      return picture;
    }

    /** Safe from several threads, as a generator run is. */
    @Override
    public boolean parallel() {
      return true;
    }

    @Override
    public long frames() {
      return 1_000_000;
    }

    @Override
    public double fps() {
      return 30;
    }

    @Override
    public String describe() {
      return "fake";
    }

    @Override
    public void close() {
      closed.incrementAndGet();
    }
  }

  /** Counts what it was asked to show; keeps the colours of pixel (1, 1) seen, and the last. */
  static final class RecordingScreen implements Screen {
    final AtomicLong shown = new AtomicLong();
    final AtomicLong black = new AtomicLong();
    final Set<Integer> colours = ConcurrentHashMap.newKeySet();
    private volatile int last = -1;

    @Override
    public void show(BufferedImage frame) {
      last = frame.getRGB(1, 1) & 0xffffff;
      colours.add(last);
      shown.incrementAndGet();
    }

    /** The colour shown last, or -1 before any. */
    int last() {
      return last;
    }

    @Override
    public void black() {
      black.incrementAndGet();
    }

    @Override
    public void close() {}
  }

  /** A wall clock the test sets. */
  static final class WallClock extends Clock {
    private volatile Instant now;

    WallClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static Ladder ladder(FrameSource source) {
    return new Ladder(List.of(new Ladder.Rung(source.describe(), () -> source)));
  }

  static Programme programme(FrameSource source) {
    return programme(ladder(source));
  }

  /** One thing played until stopped. */
  static Programme programme(Ladder ladder) {
    return new Programme(List.of(new Programme.Entry(ladder.name(), () -> ladder, 0, 0)), ladder);
  }
}
