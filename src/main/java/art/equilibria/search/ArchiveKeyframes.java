package art.equilibria.search;

import art.equilibria.qd.archive.Elite;
import art.equilibria.qd.archive.Range;
import art.equilibria.sampling.Keyframes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keyframes from a search's archive, for a render: a closed tour through elites spread over the
 * measure space (neighbours close, so the loop moves smoothly through it), chosen cells in the
 * order given, or a walk along one measure. Written {@code NAME}, {@code NAME:N}, {@code
 * NAME:cells=3,17,40} or {@code NAME:along=MEASURE[:N]}.
 */
public final class ArchiveKeyframes {
  private ArchiveKeyframes() {}

  /**
   * @param count keyframes when the choice does not say (the render's keyframe count)
   * @throws IllegalArgumentException saying what is wrong with the choice, in one line
   */
  public static Keyframes choose(ArchiveFile archive, String choice, int count) {
    String[] parts = choice.split(":", -1);
    String name = parts[0];
    List<Elite> elites = archive.elites();
    if (elites.size() < 2) {
      throw new IllegalArgumentException(
          "search " + name + " holds " + elites.size() + " elite(s); a path needs two");
    }
    List<Range> ranges = archive.record().ranges();
    if (parts.length == 1) {
      return tour(name, elites, ranges, count);
    }
    String option = parts[1];
    if (option.startsWith("cells=")) {
      return cells(name, elites, option.substring("cells=".length()));
    }
    if (option.startsWith("along=")) {
      List<String> measures = archive.record().settings().measures();
      int axis = measures.indexOf(option.substring("along=".length()));
      if (axis < 0) {
        throw new IllegalArgumentException(
            option + ": search " + name + " measured " + String.join(" and ", measures));
      }
      return along(name, elites, axis, parts.length > 2 ? number(parts[2]) : count);
    }
    if (parts.length == 2) {
      return tour(name, elites, ranges, number(option));
    }
    throw new IllegalArgumentException(
        "write search:NAME, search:NAME:N, search:NAME:cells=3,17,40 or"
            + " search:NAME:along=MEASURE[:N]");
  }

  /** N elites spread over the measure space (farthest first), visited in a short closed tour. */
  static Keyframes tour(String name, List<Elite> elites, List<Range> ranges, int n) {
    List<double[]> points = elites.stream().map(e -> normalised(e, ranges)).toList();
    int k = Math.min(n, elites.size());
    List<Integer> chosen = new ArrayList<>();
    // Start from the best elite, then add the one farthest from all chosen so far.
    int best = 0;
    for (int i = 1; i < elites.size(); i++) {
      if (elites.get(i).objective() > elites.get(best).objective()) {
        best = i;
      }
    }
    chosen.add(best);
    double[] nearest = new double[elites.size()];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    while (chosen.size() < k) {
      int last = chosen.get(chosen.size() - 1);
      int far = -1;
      for (int i = 0; i < elites.size(); i++) {
        nearest[i] = Math.min(nearest[i], distance(points.get(i), points.get(last)));
        if (!chosen.contains(i) && (far < 0 || nearest[i] > nearest[far])) {
          far = i;
        }
      }
      chosen.add(far);
    }
    List<Integer> order = shortTour(chosen, points);
    return new Keyframes(
        "search:" + name + " (tour of " + k + " elites, cells " + cellsOf(order, elites) + ")",
        order.stream().map(i -> latent(elites.get(i))).toList());
  }

  /** A closed tour: nearest neighbour from the first, then 2-opt until no swap shortens it. */
  private static List<Integer> shortTour(List<Integer> chosen, List<double[]> points) {
    List<Integer> tour = new ArrayList<>();
    List<Integer> left = new ArrayList<>(chosen);
    tour.add(left.remove(0));
    while (!left.isEmpty()) {
      double[] here = points.get(tour.get(tour.size() - 1));
      Integer next =
          left.stream()
              .min(Comparator.comparingDouble(i -> distance(here, points.get(i))))
              .orElseThrow();
      left.remove(next);
      tour.add(next);
    }
    boolean shorter = true;
    int n = tour.size();
    while (shorter && n > 3) {
      shorter = false;
      for (int i = 0; i < n - 1; i++) {
        for (int j = i + 2; j < n; j++) {
          double[] a = points.get(tour.get(i));
          double[] b = points.get(tour.get(i + 1));
          double[] c = points.get(tour.get(j));
          double[] d = points.get(tour.get((j + 1) % n));
          if (distance(a, c) + distance(b, d) < distance(a, b) + distance(c, d) - 1e-12) {
            Collections.reverse(tour.subList(i + 1, j + 1));
            shorter = true;
          }
        }
      }
    }
    return tour;
  }

  private static Keyframes cells(String name, List<Elite> elites, String list) {
    Map<Integer, Elite> byCell =
        elites.stream().collect(Collectors.toMap(Elite::cell, Function.identity()));
    List<float[]> latents = new ArrayList<>();
    for (String cell : list.split(",")) {
      Elite e = byCell.get(number(cell));
      if (e == null) {
        throw new IllegalArgumentException(
            "cell "
                + cell.strip()
                + " of search "
                + name
                + " is empty; its cells are numbered in"
                + " archive.csv");
      }
      latents.add(latent(e));
    }
    return new Keyframes("search:" + name + " (cells " + list + ")", latents);
  }

  /** N elites evenly spaced along one measure, low to high, each the best near its place. */
  private static Keyframes along(String name, List<Elite> elites, int axis, int n) {
    List<Elite> sorted =
        elites.stream().sorted(Comparator.comparingDouble(e -> e.measures()[axis])).toList();
    int k = Math.min(n, sorted.size());
    List<Elite> chosen = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      List<Elite> slice = sorted.subList(i * sorted.size() / k, (i + 1) * sorted.size() / k);
      chosen.add(slice.stream().max(Comparator.comparingDouble(Elite::objective)).orElseThrow());
    }
    return new Keyframes(
        "search:" + name + " (along measure " + (axis + 1) + ", " + k + " elites)",
        chosen.stream().map(ArchiveKeyframes::latent).toList());
  }

  private static String cellsOf(List<Integer> order, List<Elite> elites) {
    return order.stream().map(i -> "" + elites.get(i).cell()).collect(Collectors.joining(","));
  }

  private static double[] normalised(Elite e, List<Range> ranges) {
    double[] p = new double[ranges.size()];
    for (int j = 0; j < p.length; j++) {
      p[j] = (e.measures()[j] - ranges.get(j).low()) / ranges.get(j).width();
    }
    return p;
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum);
  }

  private static float[] latent(Elite e) {
    return ArchiveFile.latent(e.solution());
  }

  private static int number(String text) {
    try {
      int n = Integer.parseInt(text.strip());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a whole number of 0 or more");
    }
  }
}
