package art.equilibria.render;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import art.equilibria.image.Images;
import art.equilibria.image.ToneMap;
import art.equilibria.nn.Ensemble;
import art.equilibria.nn.Generator;
import art.equilibria.piece.Display;
import art.equilibria.piece.Growth;
import art.equilibria.piece.Layout;
import art.equilibria.piece.RenderSpec;
import art.equilibria.render.path.Easing;
import art.equilibria.render.path.LatentPath;
import art.equilibria.render.path.Paths;
import art.equilibria.sampling.Keyframes;
import art.equilibria.sampling.LatentStream;
import art.equilibria.sampling.MeanW;
import art.equilibria.sampling.Sampler;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the frames of a video: at every frame the same latent goes to every generator (in w space,
 * each generator's own w of the same keyframe seeds), noise held fixed, so the only motion is the
 * latent path and the generators move in step.
 */
public final class FrameRenderer {
  /** Points of the path whose images fix a stretch's tone map, and how many values each keeps. */
  private static final int TONE_SAMPLES = 256;

  private static final int TONE_BATCH = 16;
  private static final long TONE_VALUES_PER_SAMPLE = 4096;

  private final Ensemble ensemble;
  private final Growth growth;
  private final RenderSpec spec;
  private final Layout layout;
  private final List<String> shown;
  private final int paths;
  private final boolean loop;
  private final long frames;
  private final Canvas canvas;

  /** Latent path per row; in w space, per row and generator. */
  private final List<Map<String, LatentPath>> pathsByRow = new ArrayList<>();

  private final Map<String, Sampler> samplers = new HashMap<>();

  /** The truncation the samplers apply: the spec's, or one the player set live. */
  private final double psi;

  /**
   * Each shown generator's mean w, estimated when a truncation first needs it, shared by copies.
   */
  private final Map<String, MeanW> means;

  private final Keyframes keyframes;
  private final Map<String, ToneMap> tones = new LinkedHashMap<>();

  public FrameRenderer(Ensemble ensemble, Growth growth, RenderSpec spec) {
    this(ensemble, growth, spec, null);
  }

  /**
   * @param keyframes latents to pass through instead of the spec's seeds (each row of a grid starts
   *     further along them), or null
   */
  public FrameRenderer(Ensemble ensemble, Growth growth, RenderSpec spec, Keyframes keyframes) {
    this(ensemble, growth, spec, keyframes, Map.of());
  }

  /**
   * @param tones each shown generator's tone map, fixed elsewhere (a segment of a video uses the
   *     whole video's); those missing are measured here
   */
  public FrameRenderer(
      Ensemble ensemble,
      Growth growth,
      RenderSpec spec,
      Keyframes keyframes,
      Map<String, ToneMap> tones) {
    this.ensemble = ensemble;
    this.keyframes = keyframes;
    this.growth = growth;
    this.spec = spec;
    this.layout = Layout.named(spec.layout());
    this.shown =
        layout == Layout.SINGLE
            ? List.of(
                spec.generator().isEmpty() ? ensemble.generatorNames().get(0) : spec.generator())
            : ensemble.generatorNames();
    this.paths = layout.paths(spec.rows());
    this.loop = spec.loop() || Paths.alwaysLoops(spec.interpolation());
    this.frames = Math.max(1, Math.round(spec.durationSeconds() * spec.fps()));
    this.canvas = canvas(spec, layout, paths, shown.size(), growth);
    this.psi = spec.truncation();
    this.means = new ConcurrentHashMap<>();
    ensemble.freeze();
    for (int row = 0; row < paths; row++) {
      pathsByRow.add(pathsFor(row));
    }
    addSamplers();
    for (String g : shown) {
      this.tones.put(g, tones.containsKey(g) ? tones.get(g) : measureTone(g));
    }
  }

  /**
   * The same frames composed at another output size or truncated otherwise: the networks, paths and
   * tone maps shared.
   */
  private FrameRenderer(FrameRenderer same, RenderSpec spec, double psi) {
    this.ensemble = same.ensemble;
    this.keyframes = same.keyframes;
    this.growth = same.growth;
    this.spec = spec;
    this.layout = same.layout;
    this.shown = same.shown;
    this.paths = same.paths;
    this.loop = same.loop;
    this.frames = same.frames;
    this.canvas = canvas(spec, layout, paths, shown.size(), growth);
    this.pathsByRow.addAll(same.pathsByRow);
    this.psi = psi;
    this.means = same.means;
    if (psi == same.psi) {
      this.samplers.putAll(same.samplers);
    } else {
      addSamplers();
    }
    this.tones.putAll(same.tones);
  }

  /** A sampler per shown generator, truncated by psi (the mean w estimated once, when needed). */
  private void addSamplers() {
    for (String g : shown) {
      Generator generator = ensemble.generator(g);
      MeanW mean =
          psi == 1 ? null : means.computeIfAbsent(g, k -> MeanW.of(generator, ensemble.manager()));
      samplers.put(g, new Sampler(generator, growth, mean, psi));
    }
  }

  /**
   * These frames composed at another output size, at once (nothing is measured again): the player's
   * fallback when composing full frames is too slow.
   */
  public FrameRenderer atSize(int width, int height) {
    return new FrameRenderer(this, spec.withSize(width, height), psi);
  }

  /**
   * These frames with another truncation psi (0: the mean picture, 1: none), at once but for the
   * mean w, estimated the first time a truncation needs it. The tone maps stay those measured at
   * the spec's psi, so a show's levels do not jump.
   */
  public FrameRenderer withTruncation(double psi) {
    return psi == this.psi ? this : new FrameRenderer(this, spec, psi);
  }

  /** The truncation psi the frames are made with. */
  public double truncation() {
    return psi;
  }

  private static Canvas canvas(
      RenderSpec spec, Layout layout, int paths, int generators, Growth growth) {
    return new Canvas(
        layout.columns(paths, generators),
        layout.rows(paths, generators),
        growth.resolution(),
        spec.gap(),
        Color.decode(spec.background()),
        spec.width(),
        spec.height(),
        spec.scaling().equals("smooth"));
  }

  /**
   * A generator's tone map, measured once on images from points spread evenly over every row's
   * path, so it fits what the video shows and stays fixed for all of it.
   */
  private ToneMap measureTone(String g) {
    if (spec.display() == Display.CLAMP) {
      return ToneMap.CLAMP;
    }
    try (NDScope scope = new NDScope()) {
      NDList values = new NDList();
      for (int first = 0; first < TONE_SAMPLES; first += TONE_BATCH) {
        List<float[]> latents = new ArrayList<>();
        for (int k = first; k < first + TONE_BATCH; k++) {
          LatentPath path = pathsByRow.get(k % paths).get(g);
          latents.add(path.at((k + 0.5) / TONE_SAMPLES));
        }
        // A scope per batch: only the thinned values outlive it, not the generator's activations.
        NDArray thinned;
        try (NDScope batchScope = new NDScope()) {
          thinned = ToneMap.thin(images(g, batch(latents)), TONE_BATCH * TONE_VALUES_PER_SAMPLE);
          NDScope.unregister(thinned);
        }
        NDScope.register(thinned);
        values.add(thinned);
      }
      return ToneMap.measure(spec.display(), NDArrays.concat(values));
    }
  }

  /**
   * What one generator shows for the latents of some seeds, as display levels (N x 3 x H x W): the
   * tiles a still of each seed would hold, before any scaling.
   */
  public NDArray levels(String generator, List<Long> seeds) {
    int latent = ensemble.generator(generator).spec().latent();
    NDArray z = batch(seeds.stream().map(s -> LatentStream.ofSeed(s, latent)).toList());
    NDArray latents = inW() ? ensemble.generator(generator).map(z) : z;
    return tones.get(generator).levels(images(generator, latents));
  }

  /** Each shown generator's tone map, by name: what the render's record keeps. */
  public Map<String, ToneMap> tones() {
    return Collections.unmodifiableMap(tones);
  }

  /** Keyframe seeds of a row: the spec's, shifted by a large stride for the rows below. */
  public static List<Long> seeds(RenderSpec spec, int row) {
    List<Long> base = new ArrayList<>();
    if (spec.seeds().isEmpty()) {
      for (long s = 0; s < spec.keyframes(); s++) {
        base.add(s);
      }
    } else {
      base.addAll(spec.seeds());
    }
    return base.stream().map(s -> s + row * 1_000_003L).toList();
  }

  private Map<String, LatentPath> pathsFor(int row) {
    List<Long> seeds = seeds(spec, row);
    int latent = ensemble.generator(shown.get(0)).spec().latent();
    List<float[]> zs =
        keyframes == null
            ? seeds.stream().map(s -> LatentStream.ofSeed(s, latent)).toList()
            : rotated(keyframes.latents(), row * keyframes.latents().size() / paths);
    Easing easing = Easing.named(spec.easing());
    Map<String, LatentPath> byGenerator = new HashMap<>();
    for (String g : shown) {
      List<float[]> keys = inW() ? mapped(ensemble.generator(g), zs) : zs;
      byGenerator.put(
          g,
          Paths.create(spec.interpolation(), keys, easing, loop, seeds.get(0), keys.get(0).length));
    }
    return byGenerator;
  }

  private static List<float[]> rotated(List<float[]> keys, int by) {
    List<float[]> out = new ArrayList<>(keys.subList(by, keys.size()));
    out.addAll(keys.subList(0, by));
    return out;
  }

  private List<float[]> mapped(Generator g, List<float[]> zs) {
    try (NDScope scope = new NDScope()) {
      NDArray w = g.map(batch(zs));
      List<float[]> out = new ArrayList<>();
      float[] all = w.toFloatArray();
      int size = (int) w.getShape().get(1);
      for (int i = 0; i < zs.size(); i++) {
        out.add(java.util.Arrays.copyOfRange(all, i * size, (i + 1) * size));
      }
      return out;
    }
  }

  public int width() {
    return canvas.width();
  }

  public int height() {
    return canvas.height();
  }

  public long frames() {
    return frames;
  }

  /** How many keyframes each row's path passes through: the given latents', or the spec's seeds. */
  public int keyframeCount() {
    return keyframes != null ? keyframes.latents().size() : seeds(spec, 0).size();
  }

  public List<String> generators() {
    return shown;
  }

  /** Frames {@code first} to {@code first + count - 1}, generated as one batch per tile. */
  public List<BufferedImage> render(long first, int count) {
    int n = (int) Math.min(count, frames - first);
    // tiles[frame][row][generator]
    List<List<List<BufferedImage>>> tiles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<List<BufferedImage>> rows = new ArrayList<>();
      for (int r = 0; r < paths; r++) {
        rows.add(new ArrayList<>());
      }
      tiles.add(rows);
    }
    try (NDScope scope = new NDScope()) {
      for (int r = 0; r < paths; r++) {
        for (String g : shown) {
          List<float[]> latents = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            latents.add(pathsByRow.get(r).get(g).at(Paths.time(first + i, frames, loop)));
          }
          List<BufferedImage> pictures = Images.toPictures(images(g, batch(latents)), tones.get(g));
          for (int i = 0; i < n; i++) {
            tiles.get(i).get(r).add(pictures.get(i));
          }
        }
      }
    }
    List<BufferedImage> out = new ArrayList<>(n);
    for (List<List<BufferedImage>> frame : tiles) {
      out.add(canvas.compose(arrange(frame)));
    }
    return out;
  }

  /** One frame whose every tile shows the latent of one seed: a candidate keyframe. */
  public BufferedImage still(long seed) {
    return still(LatentStream.ofSeed(seed, ensemble.generator(shown.get(0)).spec().latent()));
  }

  /** One frame whose every tile shows one z latent (a keyframe taken from a search). */
  public BufferedImage still(float[] latent) {
    List<List<BufferedImage>> rows = new ArrayList<>();
    try (NDScope scope = new NDScope()) {
      NDArray z = batch(List.of(latent));
      List<BufferedImage> tiles = new ArrayList<>();
      for (String g : shown) {
        NDArray latents = inW() ? ensemble.generator(g).map(z) : z;
        tiles.add(Images.toPictures(images(g, latents), tones.get(g)).get(0));
      }
      for (int r = 0; r < paths; r++) {
        rows.add(tiles);
      }
    }
    return canvas.compose(arrange(rows));
  }

  private boolean inW() {
    return spec.space().equals("w") && !Paths.alwaysLoops(spec.interpolation());
  }

  /** Tiles of one frame as the layout places them: rows of columns. */
  private List<List<BufferedImage>> arrange(List<List<BufferedImage>> byPathAndGenerator) {
    if (layout != Layout.STACKED) {
      return byPathAndGenerator;
    }
    List<List<BufferedImage>> stacked = new ArrayList<>();
    for (BufferedImage tile : byPathAndGenerator.get(0)) {
      stacked.add(List.of(tile));
    }
    return stacked;
  }

  private NDArray images(String name, NDArray latents) {
    Sampler sampler = samplers.get(name);
    return inW() ? sampler.fromW(latents) : sampler.fromZ(latents);
  }

  private NDArray batch(List<float[]> vectors) {
    int size = vectors.get(0).length;
    float[] flat = new float[vectors.size() * size];
    for (int i = 0; i < vectors.size(); i++) {
      System.arraycopy(vectors.get(i), 0, flat, i * size, size);
    }
    NDManager m = ensemble.manager();
    return m.create(flat, new Shape(vectors.size(), size)).toDevice(m.getDevice(), false);
  }
}
