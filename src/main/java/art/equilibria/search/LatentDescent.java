package art.equilibria.search;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import art.equilibria.image.Images;
import art.equilibria.image.ToneMap;
import art.equilibria.measure.Measure;
import art.equilibria.qd.archive.Range;
import art.equilibria.run.AtomicFiles;
import art.equilibria.sampling.Sampler;
import art.equilibria.sampling.TrainedRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.function.IntConsumer;

/**
 * Moves one latent by gradient ascent through a generator toward (or away from) a measure, with
 * Adam, while a typicality term keeps it where the generator was trained: it maximises {@code
 * ±(m(z) - m(z0)) / s + ln typicality(z)}, s the measure's spread over the generator's own
 * pictures. Writes {@code RUN/optimise/NAME/}: {@code path.csv} (each step's measure, typicality
 * and latent), {@code strip.png} (pictures along the path, every generator side by side) and {@code
 * optimise.json}.
 */
public final class LatentDescent {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-8;

  /** Pictures along the path on the strip. */
  private static final int STRIP = 9;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * A descent's settings.
   *
   * @param from where it starts, as given ({@code 7} for a seed, {@code search:NAME:CELL})
   * @param away lower the measure instead of raising it
   * @param lr Adam's step size, in latent units
   */
  public record Settings(
      String name,
      String generator,
      String measure,
      boolean away,
      String from,
      int steps,
      double lr) {}

  /** One step of the path. */
  public record Point(int step, double measure, double typicality, float[] latent) {}

  /** {@code optimise.json}. */
  public record Record(Settings settings, String run, long step, double spread, List<Point> ends) {}

  private final TrainedRun run;
  private final Settings settings;
  private final Measure measure;

  public LatentDescent(TrainedRun run, Settings settings, Measure measure) {
    this.run = run;
    this.settings = settings;
    this.measure = measure;
  }

  /**
   * Runs the descent from {@code start} and writes its folder.
   *
   * @param progress told each step done
   */
  public List<Point> run(float[] start, Path dir, IntConsumer progress) throws IOException {
    NDManager manager = run.ensemble().manager();
    double[][] pilot = LatentSearch.gaussian(new SplittableRandom(0), 64, start.length);
    Shown shown = Shown.of(run, pilot);
    Map<String, Sampler> samplers = shown.samplers();
    Map<String, ToneMap> tones = shown.tones();
    Sampler sampler = samplers.get(settings.generator());
    LatentEvaluator evaluator =
        new LatentEvaluator(
            sampler,
            tones.get(settings.generator()),
            List.of(measure),
            new Objective(Typicality.fit(sampler.generator(), 0, manager), null, null),
            manager);
    double spread = spread(evaluator.evaluate(pilot).measures());
    double sign = settings.away() ? -1 : 1;
    double[] z = new double[start.length];
    for (int i = 0; i < z.length; i++) {
      z[i] = start[i];
    }
    double[] m = new double[z.length];
    double[] v = new double[z.length];
    List<Point> path = new ArrayList<>();
    for (int step = 0; ; step++) {
      Evaluation at = evaluator.withGradients(new double[][] {z});
      double typicality = at.objectives()[0] / 100;
      path.add(new Point(step, at.measures()[0][0], typicality, ArchiveFile.latent(z)));
      progress.accept(step);
      if (step == settings.steps()) {
        break;
      }
      double[] dTypicality = at.jacobians()[0][0];
      double[] dMeasure = at.jacobians()[0][1];
      for (int i = 0; i < z.length; i++) {
        // d/dz [sign m / s + ln t] = sign dm / s + (dt / 100) / t, t = objective / 100.
        double g = sign * dMeasure[i] / spread + dTypicality[i] / 100 / Math.max(typicality, 1e-12);
        m[i] = BETA1 * m[i] + (1 - BETA1) * g;
        v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
        double mHat = m[i] / (1 - Math.pow(BETA1, step + 1));
        double vHat = v[i] / (1 - Math.pow(BETA2, step + 1));
        z[i] += settings.lr() * mHat / (Math.sqrt(vHat) + EPSILON);
      }
    }
    write(dir, path, spread, samplers, tones, manager);
    return path;
  }

  private static double spread(double[][] values) {
    double mean = 0;
    for (double[] v : values) {
      mean += v[0] / values.length;
    }
    double variance = 0;
    for (double[] v : values) {
      variance += (v[0] - mean) * (v[0] - mean) / values.length;
    }
    return Math.max(Math.sqrt(variance), 1e-6);
  }

  private void write(
      Path dir,
      List<Point> path,
      double spread,
      Map<String, Sampler> samplers,
      Map<String, ToneMap> tones,
      NDManager manager)
      throws IOException {
    Files.createDirectories(dir);
    StringBuilder csv = new StringBuilder();
    StringJoiner header = new StringJoiner(",");
    header.add("step").add(measure.about().name()).add("typicality");
    for (int c = 0; c < path.get(0).latent().length; c++) {
      header.add("z" + c);
    }
    csv.append(header).append('\n');
    for (Point p : path) {
      StringJoiner row = new StringJoiner(",");
      row.add("" + p.step()).add("" + p.measure()).add("" + p.typicality());
      for (float x : p.latent()) {
        row.add(Float.toString(x));
      }
      csv.append(row).append('\n');
    }
    AtomicFiles.write(dir.resolve("path.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
    Map<Integer, List<BufferedImage>> strip = new LinkedHashMap<>();
    int shown = Math.min(STRIP, path.size());
    for (int k = 0; k < shown; k++) {
      Point p = path.get((int) Math.round((double) k * (path.size() - 1) / Math.max(1, shown - 1)));
      try (NDScope scope = new NDScope()) {
        double[][] z = {doubles(p.latent())};
        List<BufferedImage> pictures = new ArrayList<>();
        for (Map.Entry<String, Sampler> s : samplers.entrySet()) {
          pictures.add(
              Images.toPictures(
                      s.getValue().fromZ(LatentEvaluator.batch(manager, z)), tones.get(s.getKey()))
                  .get(0));
        }
        strip.put(k, pictures);
      }
    }
    BufferedImage picture =
        Heatmap.draw(
            shown,
            1,
            strip,
            List.of(
                "step (" + measure.about().name() + (settings.away() ? " falls" : " rises") + ")"),
            List.of(new Range(0, Math.max(1, path.size() - 1))));
    AtomicFiles.write(dir.resolve("strip.png"), out -> Images.encodePng(picture, out));
    Record record =
        new Record(
            settings,
            run.folder().dir().toString(),
            run.step(),
            spread,
            List.of(path.get(0), path.get(path.size() - 1)));
    AtomicFiles.write(dir.resolve("optimise.json"), JSON.writeValueAsBytes(record));
  }

  private static double[] doubles(float[] z) {
    double[] out = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      out[i] = z[i];
    }
    return out;
  }
}
