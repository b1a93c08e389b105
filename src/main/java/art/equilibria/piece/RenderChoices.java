package art.equilibria.piece;

import java.util.Arrays;
import java.util.List;

/**
 * The words a render's closed fields take, one list each: the reader checks pieces against them and
 * the command line offers them in its help and shell completion.
 */
public final class RenderChoices {
  public static final List<String> INTERPOLATIONS =
      List.of("slerp", "linear", "spline", "circle", "noise");
  public static final List<String> EASINGS = List.of("none", "ease-in-out", "ease-in", "ease-out");
  public static final List<String> SPACES = List.of("z", "w");
  public static final List<String> SCALINGS = List.of("smooth", "nearest");
  public static final List<String> FORMATS = List.of("h264", "prores", "hap", "ffv1", "vp9", "png");
  public static final List<String> LAYOUTS = Layout.NAMES;
  public static final List<String> DISPLAYS =
      Arrays.stream(Display.values()).map(Display::key).toList();

  private RenderChoices() {}
}
