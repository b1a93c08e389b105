package art.equilibria.render.segment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A video's frames cut into consecutive ranges, each rendered on its own and joined after. */
public final class Segments {
  private Segments() {}

  /** Frames {@code first} to {@code first + count - 1}. */
  public record Range(long first, long count) implements Serializable {}

  /**
   * At most {@code wanted} ranges of about equal length, each starting on a key frame of a single
   * render (a multiple of {@code keyframeInterval}), so the joined video has its key frames where a
   * single render has them; fewer when the video has fewer key frames than that.
   */
  public static List<Range> of(long frames, int wanted, int keyframeInterval) {
    if (frames < 1 || wanted < 1 || keyframeInterval < 1) {
      throw new IllegalArgumentException(
          "frames, segments and key frame interval are at least 1: "
              + frames
              + ", "
              + wanted
              + ", "
              + keyframeInterval);
    }
    long groups = (frames + keyframeInterval - 1) / keyframeInterval;
    int count = (int) Math.min(wanted, groups);
    List<Range> ranges = new ArrayList<>(count);
    long first = 0;
    for (int k = 1; k <= count; k++) {
      long end = Math.min(frames, groups * k / count * keyframeInterval);
      ranges.add(new Range(first, end - first));
      first = end;
    }
    return ranges;
  }
}
