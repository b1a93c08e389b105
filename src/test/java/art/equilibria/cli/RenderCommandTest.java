package art.equilibria.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import art.equilibria.image.Images;
import art.equilibria.image.ToneMap;
import art.equilibria.nn.NoiseMode;
import art.equilibria.render.FrameRenderer;
import art.equilibria.render.RenderRecord;
import art.equilibria.render.Seams;
import art.equilibria.render.path.Easing;
import art.equilibria.render.path.LatentPath;
import art.equilibria.render.path.Paths;
import art.equilibria.render.segment.SegmentedRenderTest;
import art.equilibria.render.video.VideoProbe;
import art.equilibria.sampling.LatentStream;
import art.equilibria.sampling.TrainedRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code render}, {@code stills} and {@code timelapse} on a tiny trained run. */
class RenderCommandTest {
  @TempDir static Path renders;
  static Path run;

  private static Cli.Result cli(String... args) {
    return Cli.run(args);
  }

  @BeforeAll
  static void train() throws IOException {
    Cli.Result r = cli("train", "src/test/resources/pieces/tiny.yaml", "--out", renders.toString());
    assertEquals(0, r.exit(), r.err());
    try (Stream<Path> s = Files.list(renders.resolve("tiny"))) {
      run = s.findFirst().orElseThrow();
    }
  }

  /** The trained run copied, for a test that changes what is in it. */
  private static Path copyOfRun(Path into) throws IOException {
    Path copy = into.resolve("run");
    try (Stream<Path> files = Files.walk(run)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(run.relativize(f).toString()));
      }
    }
    return copy;
  }

  @Test
  void perGeneratorWritesOneSynchronisedFileForEachGenerator(@TempDir Path out) throws IOException {
    Path video = out.resolve("show.mp4");
    Cli.Result r =
        cli("render", run.toString(), "--out", video.toString(), "--fps", "6", "--per-generator");
    assertEquals(0, r.exit(), r.err());
    VideoProbe.Info g1 = VideoProbe.probe(out.resolve("show-g1.mp4"));
    VideoProbe.Info g2 = VideoProbe.probe(out.resolve("show-g2.mp4"));
    assertEquals(6, g1.frames());
    assertEquals(g1.frames(), g2.frames());
    assertEquals(g1.fps(), g2.fps(), 1e-9);
    assertEquals("g2", RenderRecord.read(out.resolve("show-g2.json")).render().generator());
  }

  @Test
  void writesAGalleryH264LoopWithItsRecord(@TempDir Path out) throws IOException {
    Path video = out.resolve("loop.mp4");
    Cli.Result r = cli("render", run.toString(), "--out", video.toString(), "--fps", "12");
    assertEquals(0, r.exit(), r.err());
    VideoProbe.Info info = VideoProbe.probe(video);
    assertEquals("h264", info.codec());
    assertEquals("yuv420p", info.pixelFormat());
    assertEquals(12, info.frames()); // 1 s at 12 fps
    assertEquals(12.0, info.fps(), 1e-9);
    assertFalse(info.hasAudio());
    RenderRecord record = RenderRecord.read(out.resolve("loop.json"));
    assertTrue(record.completed());
    assertEquals(12, record.framesWritten());
    assertEquals(6, record.checkpointStep());
    assertEquals(12, record.render().fps());
  }

  @Test
  void theDecodedLoopHasNoSeamAndShowsG1AndG2AtTheSameLatent(@TempDir Path out) throws Exception {
    Path video = out.resolve("loop.mkv");
    Cli.Result r =
        cli(
            "render",
            run.toString(),
            "--out",
            video.toString(),
            "--format",
            "ffv1",
            "--fps",
            "24",
            "--gap",
            "2");
    assertEquals(0, r.exit(), r.err());
    List<BufferedImage> frames = VideoProbe.frames(video);
    assertEquals(24, frames.size());

    Seams.assertSeamless(frames);

    // FFV1 is lossless: frame 7's tiles are exactly G1 and G2 at the path's latent for t = 7/24,
    // shown through the tone maps the record kept.
    Map<String, ToneMap> tones = RenderRecord.read(RenderRecord.beside(video)).tones();
    try (TrainedRun trained =
            TrainedRun.open(run, "latest", Device.cpu(), Map.of(), warning -> {});
        NDManager m = NDManager.newBaseManager()) {
      var spec = trained.piece().render();
      LatentPath path =
          Paths.create(
              "slerp",
              FrameRenderer.seeds(spec, 0).stream().map(s -> LatentStream.ofSeed(s, 16)).toList(),
              Easing.NONE,
              true,
              0,
              16);
      NDArray z = m.create(path.at(7 / 24.0), new Shape(1, 16));
      for (int g = 0; g < 2; g++) {
        BufferedImage expected =
            Images.toPictures(
                    trained
                        .ensemble()
                        .generator("g" + (g + 1))
                        .generate(z, trained.growth(), NoiseMode.CONSTANT),
                    tones.get("g" + (g + 1)))
                .get(0);
        assertArrayEquals(
            expected.getRGB(0, 0, 16, 16, null, 0, 16),
            frames.get(7).getRGB(g * 18, 0, 16, 16, null, 0, 16),
            "generator " + (g + 1));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "prores, clip.mov, prores, yuv422p10le",
    "hap, clip.mov, hap, rgb0",
    "vp9, clip.webm, vp9, yuv420p",
    "png, frames, png, rgb24"
  })
  void writesEveryFormat(String format, String name, String codec, String pixels, @TempDir Path out)
      throws IOException {
    Path target = out.resolve(name);
    Cli.Result r =
        cli("render", run.toString(), "--out", target.toString(), "--format", format, "--fps", "4");
    assertEquals(0, r.exit(), r.err());
    VideoProbe.Info info = VideoProbe.probe(target);
    assertEquals(codec, info.codec());
    assertEquals(pixels, info.pixelFormat());
    assertEquals(4, info.frames());
  }

  @Test
  void layoutsAndSizesReachTheVideo(@TempDir Path out) throws IOException {
    Path video = out.resolve("wide.mp4");
    Cli.Result r =
        cli(
            "render",
            run.toString(),
            "--out",
            video.toString(),
            "--fps",
            "2",
            "--layout",
            "stacked",
            "--size",
            "320x240",
            "--interpolation",
            "circle");
    assertEquals(0, r.exit(), r.err());
    VideoProbe.Info info = VideoProbe.probe(video);
    assertEquals(320, info.width());
    assertEquals(240, info.height());
  }

  @Test
  void aMissingRunIsNamed() {
    Cli.Result r = cli("render", renders.resolve("tiny/nope").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no such run folder"), r.err());
  }

  @Test
  void aMissingCheckpointListsTheOnesThereAre() {
    Cli.Result r = cli("render", run.toString(), "--checkpoint", "5");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--checkpoint 5: no checkpoint at that step"), r.err());
    assertTrue(r.err().contains("3, 6"), r.err());
  }

  @Test
  void anUnknownOptionValueSaysWhatIsAllowed() {
    Cli.Result r = cli("render", run.toString(), "--interpolation", "bezier");
    assertEquals(2, r.exit());
    assertEquals(
        "--interpolation: unknown interpolation 'bezier'; use one of slerp, linear, spline,"
            + " circle, noise",
        r.err().strip());
    Cli.Result fps = cli("render", run.toString(), "--fps", "500");
    assertEquals(2, fps.exit());
    assertTrue(fps.err().startsWith("--fps: 500 is out of range"), fps.err());
  }

  @Test
  void anUnwritableOutputIsNamed(@TempDir Path out) throws IOException {
    Path file = Files.writeString(out.resolve("a-file"), "x");
    Cli.Result r = cli("render", run.toString(), "--out", file.resolve("video.mp4").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(file + " is a file, not a folder"), r.err());
    assertTrue(r.err().contains("choose another output path"), r.err());
    Cli.Result segmented =
        cli("render", run.toString(), "--segments", "2", "--out", file.resolve("v.mp4").toString());
    assertEquals(2, segmented.exit());
    assertTrue(segmented.err().contains(file + " is a file, not a folder"), segmented.err());
  }

  @Test
  void segmentsRenderedTwoAtATimeJoinIntoTheSingleRender(@TempDir Path out) throws Exception {
    Path one = out.resolve("one.mkv");
    Path joined = out.resolve("joined.mkv");
    String[] video = {"--format", "ffv1", "--fps", "12", "--display", "stretch"};
    Cli.Result single =
        cli(concat(new String[] {"render", run.toString(), "--out", one.toString()}, video));
    assertEquals(0, single.exit(), single.err());
    Cli.Result r =
        cli(
            concat(
                new String[] {
                  "render",
                  run.toString(),
                  "--out",
                  joined.toString(),
                  "--segments",
                  "3",
                  "--parallel",
                  "2"
                },
                video));
    assertEquals(0, r.exit(), r.err());
    assertEquals(12, VideoProbe.probe(joined).frames());
    SegmentedRenderTest.assertPlaysAlike(one, joined);
  }

  @Test
  void badSegmentChoicesAreOneLineEach() {
    Cli.Result none = cli("render", run.toString(), "--segments", "0");
    assertEquals(2, none.exit(), none.err());
    assertEquals("--segments: give 1 or more segments, not 0", none.err().strip());
    Cli.Result parallel = cli("render", run.toString(), "--segments", "2", "--parallel", "0");
    assertEquals(2, parallel.exit(), parallel.err());
    assertTrue(parallel.err().strip().endsWith("--parallel: give 1 or more tasks at once, not 0"));
    Cli.Result frames = cli("render", run.toString(), "--segments", "2", "--format", "png");
    assertEquals(2, frames.exit(), frames.err());
    assertTrue(frames.err().contains("--segments: png writes a folder of frames"), frames.err());
  }

  private static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }

  @Test
  void anOutputThatIsNoFileIsRefused() {
    Cli.Result r = cli("render", run.toString(), "--out", "/dev/null");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("/dev/null: it is not a file"), r.err());
    Cli.Result empty = cli("render", run.toString(), "--out", "");
    assertEquals(2, empty.exit(), empty.err());
    assertTrue(empty.err().contains("the output path is empty"), empty.err());
  }

  @Test
  void framesNamedLikeAVideoFileAreRefused(@TempDir Path out) {
    Path named = out.resolve("x.mp4");
    Cli.Result r = cli("render", run.toString(), "--format", "png", "--out", named.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("png writes a folder of frames"), r.err());
    assertTrue(r.err().contains(out.resolve("x-frames").toString()), r.err());
    assertFalse(Files.exists(named), "no folder named like a video");
  }

  @Test
  void stillsOfOneSeedOrARangeOfSeeds(@TempDir Path out) throws IOException {
    Cli.Result one = cli("stills", run.toString(), "--out", out.toString(), "--seeds", "3");
    assertEquals(0, one.exit(), one.err());
    assertTrue(Files.exists(out.resolve("seed-000003.png")));
    Path range = out.resolve("range");
    Cli.Result r = cli("stills", run.toString(), "--out", range.toString(), "--seeds", "5-7,9");
    assertEquals(0, r.exit(), r.err());
    try (Stream<Path> files = Files.list(range)) {
      assertEquals(
          List.of(
              "contact-sheet.png",
              "diversity.json",
              "seed-000005.png",
              "seed-000006.png",
              "seed-000007.png",
              "seed-000009.png"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    Cli.Result bad = cli("stills", run.toString(), "--seeds", "7-5");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().startsWith("--seeds: '7-5' is not a range"), bad.err());
  }

  @Test
  void stillsRefuseOptionsThatShapeOnlyAVideo() {
    for (String option : List.of("--format", "--crf", "--fps")) {
      Cli.Result r = cli("stills", run.toString(), option, "png");
      assertEquals(2, r.exit(), option + ": " + r.err());
      assertTrue(r.err().startsWith(option + ": stills writes PNG pictures"), r.err());
    }
  }

  @Test
  void timesThatAreNotNumbersFromZeroToOneAreRefused() {
    for (String t : List.of("NaN", "1.5", "-0.1")) {
      Cli.Result r = cli("stills", run.toString(), "--times", t);
      assertEquals(2, r.exit(), t + ": " + r.err());
      assertTrue(r.err().contains("times are numbers from 0 to 1"), r.err());
    }
  }

  @Test
  void stillsWriteAContactSheetLabelledBySeed(@TempDir Path out) throws IOException {
    Cli.Result r =
        cli("stills", run.toString(), "--out", out.toString(), "--count", "4", "--times", "0,0.5");
    assertEquals(0, r.exit(), r.err());
    for (String f :
        List.of("seed-000000.png", "seed-000003.png", "contact-sheet.png", "t-0.5000.png")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    // How different the four stills are, beside the sheet, as measure counts them.
    JsonNode d = new ObjectMapper().readTree(out.resolve("diversity.json").toFile());
    assertEquals(4, d.path("stills").asInt());
    double vendi = d.path("diversity").path("pixels").asDouble();
    assertTrue(vendi >= 1 && vendi <= 4, d.toString());
    assertTrue(d.path("diversity").path("purePixels").asDouble() >= 0, d.toString());
    assertFalse(d.path("diversity").has("embeddings"), "no discriminator judged composed stills");
  }

  @Test
  void aDamagedSnapshotIsNamedByTheTimelapse(@TempDir Path copy) throws IOException {
    Path damaged = copyOfRun(copy);
    Path snapshot = damaged.resolve("snapshots/000003-ensemble.png");
    Files.writeString(snapshot, "not a picture");
    Cli.Result r = cli("timelapse", damaged.toString(), "--out", copy.resolve("t.mp4").toString());
    assertEquals(2, r.exit(), r.err());
    assertEquals(
        snapshot + " is not a readable PNG (damaged?); move it out of the snapshots folder",
        r.err().strip());
  }

  @Test
  void aSecondTimelapseDoesNotOverwriteTheFirst(@TempDir Path copy) throws IOException {
    Path own = copyOfRun(copy);
    assertEquals(0, cli("timelapse", own.toString()).exit());
    long first = Files.size(own.resolve("videos/timelapse.mp4"));
    Cli.Result again = cli("timelapse", own.toString(), "--hold", "3");
    assertEquals(0, again.exit(), again.err());
    assertEquals(first, Files.size(own.resolve("videos/timelapse.mp4")), "the first is kept");
    assertTrue(Files.exists(own.resolve("videos/timelapse-2.mp4")));
  }

  @Test
  void timelapseShowsEverySnapshot(@TempDir Path out) throws IOException {
    Path video = out.resolve("t.mp4");
    Cli.Result r = cli("timelapse", run.toString(), "--out", video.toString(), "--hold", "2");
    assertEquals(0, r.exit(), r.err());
    assertEquals(6, VideoProbe.probe(video).frames()); // snapshots at 0, 3, 6, two frames each
  }
}
