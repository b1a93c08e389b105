package art.equilibria.measure;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The measures installed: the built-in ones and any found on the class path, by name. */
public final class Measures {
  private final Map<String, Measure> byName = new LinkedHashMap<>();

  private Measures(Iterable<Measure> measures) {
    for (Measure m : measures) {
      Measure before = byName.putIfAbsent(m.about().name(), m);
      if (before != null && before.getClass() != m.getClass()) {
        throw new IllegalStateException(
            "two measures are named "
                + m.about().name()
                + ": "
                + before.getClass().getName()
                + " and "
                + m.getClass().getName());
      }
    }
  }

  /** Every measure registered with {@link ServiceLoader}. */
  public static Measures installed() {
    List<Measure> found = new ArrayList<>();
    ServiceLoader.load(Measure.class).forEach(found::add);
    return new Measures(found);
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  public Map<String, Measure> all() {
    return Collections.unmodifiableMap(byName);
  }

  /**
   * Every measure of a batch as a whole ({@link Measure#ofBatch}: mostly the mean over its
   * pictures), in catalogue order, then the batch's {@link Diversity} by pixels: its {@link Vendi}
   * score as {@code vendi} and its {@link PureDiversity} as {@code pure-diversity}.
   *
   * @param levels N x 3 x H x W display levels
   */
  public Map<String, Double> summarise(NDArray levels) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Measure m : byName.values()) {
      out.put(m.about().name(), (double) m.ofBatch(levels).getFloat());
    }
    Diversity diversity = Diversity.ofPixels(levels);
    out.put(Vendi.NAME, diversity.pixels());
    out.put(PureDiversity.NAME, diversity.purePixels());
    return out;
  }
}
