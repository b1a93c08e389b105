package art.equilibria.piece;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Seeds as artists write them, as in the StyleGAN tools: {@code 3}, or a range {@code 0-31}. */
public final class Seeds {
  /** More than this many seeds from one range is a typo, not a render. */
  static final int MAX_RANGE = 10_000;

  private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");
  private static final Pattern ONE = Pattern.compile("-?\\d+");

  private Seeds() {}

  /**
   * The seeds one item stands for.
   *
   * @throws IllegalArgumentException saying what is wrong and what is allowed
   */
  public static List<Long> of(String item) {
    String text = item.strip();
    try {
      if (ONE.matcher(text).matches()) {
        return List.of(Long.parseLong(text));
      }
      Matcher range = RANGE.matcher(text);
      if (range.matches()) {
        long first = Long.parseLong(range.group(1));
        long last = Long.parseLong(range.group(2));
        if (last < first || last - first >= MAX_RANGE) {
          throw new IllegalArgumentException(
              "'" + text + "' is not a range of 1 to " + MAX_RANGE + " seeds; write FIRST-LAST");
        }
        List<Long> seeds = new ArrayList<>();
        for (long s = first; s <= last; s++) {
          seeds.add(s);
        }
        return seeds;
      }
    } catch (NumberFormatException tooLong) {
      // Falls through to the message below.
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a seed; write whole numbers or ranges, e.g. 3,17,40-47");
  }

  /** Every seed of the items, in order. */
  public static List<Long> of(List<String> items) {
    List<Long> seeds = new ArrayList<>();
    items.forEach(item -> seeds.addAll(of(item)));
    return seeds;
  }
}
