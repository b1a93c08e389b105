package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.bench.MemorySample;
import java.awt.image.BufferedImage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/** Several workers make frames at once; the display gets them in order, on time or not at all. */
class GenerationTest {
  private static final long MINUTE = TimeUnit.MINUTES.toMillis(1);

  /** Frames whose pixel (0, 0) holds their index; a frame made waits until its gate opens. */
  private static final class Gated implements FrameSource {
    final AtomicInteger inside = new AtomicInteger();
    private final LongPredicate gate;

    Gated(LongPredicate gate) {
      this.gate = gate;
    }

    @Override
    public BufferedImage frame(long index) {
      inside.incrementAndGet();
      try {
        while (!gate.test(index)) {
          LockSupport.parkNanos(1_000_000);
        }
        BufferedImage picture = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, (int) index);
        return picture;
      } finally {
        inside.decrementAndGet();
      }
    }

    @Override
    public boolean parallel() {
      return true;
    }

    @Override
    public long frames() {
      return 1000;
    }

    @Override
    public double fps() {
      return 30;
    }

    @Override
    public String describe() {
      return "gated";
    }

    @Override
    public void close() {}
  }

  private static Generation twoWorkers(
      Pacer pacer, AtomicLong clock, LongFunction<MemorySample> memory) {
    return new Generation(pacer, clock::get, new Rate(TimeUnit.SECONDS.toNanos(5)), 2, memory);
  }

  @Test
  void framesMadeOutOfOrderAreShownInIndexOrder() throws Exception {
    // Frame 0 is finished only once frame 2 has begun: the other worker has handed over 1 by then.
    CountDownLatch twoBegun = new CountDownLatch(1);
    Gated source =
        new Gated(
            i -> {
              if (i == 2) {
                twoBegun.countDown();
              }
              return i != 0 || twoBegun.getCount() == 0;
            });
    AtomicLong clock = new AtomicLong();
    Generation generation = twoWorkers(new Pacer(0, clock::get), clock, after -> null);
    generation.start(() -> source, 0);
    try {
      for (long i = 0; i < 8; i++) {
        Generation.Made made = generation.next(MINUTE);
        assertNotNull(made, "no frame " + i);
        assertEquals(i, made.index());
        assertEquals(i, made.picture().getRGB(0, 0) & 0xffffff, "frame " + i + " is another's");
      }
    } finally {
      generation.stop();
    }
  }

  @Test
  void aFrameStillBeingMadeAfterItsTimeIsPassedOverNotShownLate() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Gated source = new Gated(i -> i != 0 || release.getCount() == 0);
    AtomicLong clock = new AtomicLong();
    Pacer pacer = new Pacer(30, clock::get);
    pacer.start(0);
    Generation generation = twoWorkers(pacer, clock, after -> null);
    generation.start(() -> source, 0);
    try {
      assertEquals(null, generation.next(300), "frame 1 was shown before frame 0's time passed");
      // Frame 2 is due: frame 0 is late, and frame 1 (made) goes before it.
      clock.set(TimeUnit.MILLISECONDS.toNanos(67));
      Generation.Made made = generation.next(MINUTE);
      assertNotNull(made);
      assertEquals(1, made.index());
      release.countDown();
      Generation.Made after = generation.next(MINUTE);
      assertNotNull(after);
      assertTrue(after.index() > 1, "frame " + after.index() + " came after frame 1");
    } finally {
      release.countDown();
      generation.stop();
    }
  }

  @Test
  void memoryIsSampledWhenNoWorkerIsInsideAFrame() throws Exception {
    Gated source = new Gated(i -> true);
    AtomicInteger insideAtSample = new AtomicInteger(-1);
    AtomicLong clock = new AtomicLong();
    Generation generation =
        twoWorkers(
            new Pacer(0, clock::get),
            clock,
            after -> {
              insideAtSample.set(source.inside.get());
              return new MemorySample(after, 0, 0, 0, 0);
            });
    generation.start(() -> source, 0);
    try {
      generation.sampleMemory(3);
      while (generation.sample() == null) {
        assertNotNull(generation.next(MINUTE));
      }
      assertEquals(0, insideAtSample.get(), "sampled while a frame was being made");
      assertEquals(3, generation.sample().after());
    } finally {
      generation.stop();
    }
  }
}
