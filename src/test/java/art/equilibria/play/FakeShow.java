package art.equilibria.play;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Stand-ins for a player's source, screen and wall clock, for tests without networks. */
final class FakeShow {
  private FakeShow() {}

  /** A loop of small pictures, frame i coloured i; throws once at one frame when asked. */
  static final class Source implements FrameSource {
    final AtomicInteger made = new AtomicInteger();
    private final long throwAt;
    private boolean thrown;

    Source(long throwAt) {
      this.throwAt = throwAt;
    }

    @Override
    public synchronized BufferedImage frame(long index) {
      if (index == throwAt && !thrown) {
        thrown = true;
        throw new IllegalStateException("made to throw at frame " + index);
      }
      made.incrementAndGet();
      BufferedImage picture = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
      picture.setRGB(0, 0, (int) index);
      return picture;
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
    public void close() {}
  }

  /** Counts what it was asked to show. */
  static final class RecordingScreen implements Screen {
    final AtomicLong shown = new AtomicLong();
    final AtomicLong black = new AtomicLong();

    @Override
    public void show(BufferedImage frame) {
      shown.incrementAndGet();
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
    return new Ladder(List.of(new Ladder.Rung("fake", () -> source)));
  }
}
