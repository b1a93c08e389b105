package art.equilibria.render;

import art.equilibria.render.video.FrameSink;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Streams frames from the generators into an encoder. Generation runs on the calling thread
 * (libtorch's no-gradient mode is per thread and set on it) while a second thread encodes, with a
 * short queue between them, so neither waits for the other and memory stays flat however long the
 * video. A Ctrl-C or kill stops generation, encodes what was made and closes the file, so what was
 * rendered stays playable.
 */
public final class RenderJob {
  /** Frames generated per batch. */
  private static final int BATCH = 8;

  /** Batches waiting for the encoder: enough to smooth out jitter, small enough for memory. */
  private static final int QUEUE = 3;

  private static final List<BufferedImage> END = List.of();

  private final FrameRenderer renderer;
  private final FrameSink sink;
  private final RenderListener listener;
  private final long first;
  private final long total;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);

  /**
   * @param completed true when every frame was written, false when the render was interrupted
   * @param frames frames written
   */
  public record Outcome(boolean completed, long frames) implements Serializable {}

  /** Work to finish once the file is closed, before a shutdown may end the process. */
  @FunctionalInterface
  public interface Closing {
    void closed(Outcome outcome) throws IOException;
  }

  public RenderJob(FrameRenderer renderer, FrameSink sink, RenderListener listener) {
    this(renderer, sink, listener, renderer.frames());
  }

  /** Renders only the first {@code frames} frames of the path (benchmarks). */
  public RenderJob(FrameRenderer renderer, FrameSink sink, RenderListener listener, long frames) {
    this(renderer, sink, listener, 0, frames);
  }

  /**
   * Renders frames {@code first} to {@code first + frames - 1} of the path: one segment of a video
   * whose frames are rendered in parts.
   */
  public RenderJob(
      FrameRenderer renderer, FrameSink sink, RenderListener listener, long first, long frames) {
    if (first < 0 || first >= renderer.frames()) {
      throw new IllegalArgumentException(
          "frame " + first + " is outside the video's " + renderer.frames() + " frames");
    }
    this.renderer = renderer;
    this.sink = sink;
    this.listener = listener;
    this.first = first;
    this.total = Math.min(frames, renderer.frames() - first);
  }

  /**
   * Renders every frame, or until interrupted.
   *
   * @param closing runs after the file is closed (writing the sidecar, telling the artist), also
   *     when a Ctrl-C interrupted the render: the shutdown waits for it
   */
  public Outcome run(Closing closing) throws IOException {
    Thread hook = new Thread(this::interrupt, "render-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    BlockingQueue<List<BufferedImage>> queue = new ArrayBlockingQueue<>(QUEUE);
    AtomicReference<Throwable> encoderFailure = new AtomicReference<>();
    Thread encoder = new Thread(() -> encode(queue, encoderFailure), "render-encoder");
    listener.started(total);
    try {
      encoder.start();
      for (long done = 0; done < total && !stop.get() && encoderFailure.get() == null; ) {
        List<BufferedImage> batch =
            renderer.render(first + done, (int) Math.min(BATCH, total - done));
        hand(queue, batch, encoderFailure);
        done += batch.size();
        listener.generated(done);
      }
      hand(queue, END, encoderFailure);
      encoder.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop.set(true);
    } finally {
      try {
        sink.close();
        closing.closed(new Outcome(sink.frames() == total, sink.frames()));
      } finally {
        finished.countDown();
      }
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it waits for `finished`.
      }
    }
    Throwable failure = encoderFailure.get();
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure != null) {
      throw new IOException("encoding failed: " + failure.getMessage(), failure);
    }
    return new Outcome(sink.frames() == total, sink.frames());
  }

  /** Queues a batch, unless the encoder has died (then nobody would take it). */
  private static void hand(
      BlockingQueue<List<BufferedImage>> queue,
      List<BufferedImage> batch,
      AtomicReference<Throwable> encoderFailure)
      throws InterruptedException {
    while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
      if (encoderFailure.get() != null) {
        return;
      }
    }
  }

  private void encode(
      BlockingQueue<List<BufferedImage>> queue, AtomicReference<Throwable> failure) {
    try {
      for (List<BufferedImage> batch = queue.take(); batch != END; batch = queue.take()) {
        for (BufferedImage frame : batch) {
          sink.write(frame);
        }
        listener.encoded(sink.frames());
      }
    } catch (Throwable t) {
      failure.set(t);
    }
  }

  /** From the shutdown hook: stop generating, then wait until the file is closed. */
  private void interrupt() {
    stop.set(true);
    try {
      finished.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
