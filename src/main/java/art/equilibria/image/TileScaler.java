package art.equilibria.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.lang.ref.Cleaner;
import java.nio.IntBuffer;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Smooth (bilinear) scaling of tiles into a frame with FFmpeg's swscale, which the encoder already
 * uses. For 64 px tiles filling a 1080p frame it takes about half the time of Java2D's bilinear
 * {@code drawImage}, which was most of the time a frame took to compose (BENCHMARKS.md). Not
 * thread-safe; its native memory is freed when it becomes unreachable.
 */
public final class TileScaler {
  private static final Cleaner CLEANER = Cleaner.create();

  /** TYPE_INT_RGB's 0x00RRGGBB ints are, byte by byte in memory, blue, green, red, unused. */
  private static final int PIXELS = avutil.AV_PIX_FMT_BGR0;

  private final Natives natives = new Natives();

  public TileScaler() {
    CLEANER.register(this, natives);
  }

  /** Draws {@code tile} scaled to w x h with its top left corner at (x, y) of {@code frame}. */
  public void draw(BufferedImage tile, BufferedImage frame, int x, int y, int w, int h) {
    int tw = tile.getWidth();
    int th = tile.getHeight();
    int[] source = new int[tw * th];
    tile.getRGB(0, 0, tw, th, source, 0, tw);
    IntPointer in = natives.source(source.length).put(source);
    IntPointer out = natives.target((long) w * h);
    // swscale reads four planes' pointers and strides whatever the format; packed RGB uses one.
    try (PointerPointer<?> inPlanes = new PointerPointer<>(in, null, null, null);
        IntPointer inStrides = new IntPointer(tw * 4, 0, 0, 0);
        PointerPointer<?> outPlanes = new PointerPointer<>(out, null, null, null);
        IntPointer outStrides = new IntPointer(w * 4, 0, 0, 0)) {
      swscale.sws_scale(
          natives.context(tw, th, w, h), inPlanes, inStrides, 0, th, outPlanes, outStrides);
    }
    int[] pixels = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
    int width = frame.getWidth();
    IntBuffer rows = out.asBuffer();
    for (int r = 0; r < h; r++) {
      rows.position(r * w);
      rows.get(pixels, (y + r) * width + x, w);
    }
  }

  /** The native side, freed by the cleaner: it must not refer to the scaler. */
  private static final class Natives implements Runnable {
    private final Map<String, SwsContext> contexts = new HashMap<>();
    private IntPointer source = new IntPointer(0L);
    private IntPointer target = new IntPointer(0L);

    /** A context per tile size: neighbouring tiles can differ by a pixel after rounding. */
    SwsContext context(int tw, int th, int w, int h) {
      return contexts.computeIfAbsent(
          tw + "x" + th + ">" + w + "x" + h,
          k ->
              swscale.sws_getContext(
                  tw,
                  th,
                  PIXELS,
                  w,
                  h,
                  PIXELS,
                  swscale.SWS_BILINEAR | swscale.SWS_ACCURATE_RND,
                  null,
                  null,
                  (DoublePointer) null));
    }

    IntPointer source(long ints) {
      source = grown(source, ints);
      return source.position(0);
    }

    IntPointer target(long ints) {
      target = grown(target, ints);
      return target.position(0);
    }

    private static IntPointer grown(IntPointer p, long ints) {
      if (p.capacity() >= ints) {
        return p;
      }
      p.close();
      return new IntPointer(ints);
    }

    @Override
    public void run() {
      contexts.values().forEach(swscale::sws_freeContext);
      source.close();
      target.close();
    }
  }
}
