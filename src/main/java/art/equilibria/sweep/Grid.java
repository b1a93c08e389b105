package art.equilibria.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep's cells: every combination of its axes' values, the first axis slowest, each trained
 * {@code repeats} times with seeds counted up from the piece's. Runs are numbered cell by cell: run
 * {@code r} is cell {@code r / repeats}, repeat {@code r % repeats}.
 */
public record Grid(List<Axis> axes, int repeats) implements Serializable {
  public Grid {
    axes = List.copyOf(axes);
    if (axes.isEmpty()) {
      throw new IllegalArgumentException("a sweep varies at least one field");
    }
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats is at least 1, not " + repeats);
    }
  }

  public int cells() {
    int cells = 1;
    for (Axis axis : axes) {
      cells *= axis.values().size();
    }
    return cells;
  }

  public int runs() {
    return cells() * repeats;
  }

  public int cellOf(int run) {
    return run / repeats;
  }

  public int repeatOf(int run) {
    return run % repeats;
  }

  /** The index of each axis's value in a cell, the last axis fastest. */
  public int[] coordinates(int cell) {
    int[] at = new int[axes.size()];
    for (int a = axes.size() - 1; a >= 0; a--) {
      int n = axes.get(a).values().size();
      at[a] = cell % n;
      cell /= n;
    }
    return at;
  }

  /** A cell's {@code FIELD=VALUE} settings, in axis order. */
  public List<String> settings(int cell) {
    int[] at = coordinates(cell);
    List<String> settings = new ArrayList<>();
    for (int a = 0; a < axes.size(); a++) {
      settings.add(axes.get(a).setting(at[a]));
    }
    return settings;
  }

  /** A cell's values by field. */
  public Map<String, String> values(int cell) {
    int[] at = coordinates(cell);
    Map<String, String> values = new LinkedHashMap<>();
    for (int a = 0; a < axes.size(); a++) {
      values.put(axes.get(a).field(), axes.get(a).values().get(at[a]));
    }
    return values;
  }

  /** A cell's values in short, for labels: {@code batch=8 lr=0.002}. */
  public String label(int cell) {
    int[] at = coordinates(cell);
    StringBuilder out = new StringBuilder();
    for (int a = 0; a < axes.size(); a++) {
      out.append(a == 0 ? "" : " ")
          .append(axes.get(a).shortName())
          .append('=')
          .append(axes.get(a).values().get(at[a]));
    }
    return out.toString();
  }

  /** The folder name of a run in the sweep folder: {@code 03-r0}. */
  public String runName(int run) {
    return String.format("%02d-r%d", cellOf(run), repeatOf(run));
  }
}
