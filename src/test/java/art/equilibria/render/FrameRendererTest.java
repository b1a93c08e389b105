package art.equilibria.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import art.equilibria.TestPieces;
import art.equilibria.image.Images;
import art.equilibria.nn.Ensemble;
import art.equilibria.nn.NoiseMode;
import art.equilibria.piece.Display;
import art.equilibria.piece.Growth;
import art.equilibria.piece.RenderSpec;
import art.equilibria.render.path.Easing;
import art.equilibria.render.path.LatentPath;
import art.equilibria.render.path.Paths;
import art.equilibria.sampling.Keyframes;
import art.equilibria.sampling.LatentStream;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frames show every generator at the same latent, and a loop has no seam. */
class FrameRendererTest {
  private static final Growth GROWTH = new Growth(1, 16, 1.0);

  private static RenderSpec spec(String layout, int frames, int rows) {
    return new RenderSpec(
        4,
        List.of(),
        "slerp",
        "none",
        "z",
        1.0,
        frames,
        1,
        true,
        layout,
        rows,
        "",
        2,
        "#000000",
        0,
        0,
        "nearest",
        "h264",
        18,
        Display.STRETCH);
  }

  @Test
  void leftHalfIsG1AndRightHalfIsG2ForTheSameLatent() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      RenderSpec spec = spec("side-by-side", 12, 1);
      FrameRenderer renderer = new FrameRenderer(e, GROWTH, spec);
      long frame = 5;
      BufferedImage rendered = renderer.render(frame, 1).get(0);
      LatentPath path =
          Paths.create(
              "slerp",
              FrameRenderer.seeds(spec, 0).stream().map(s -> LatentStream.ofSeed(s, 16)).toList(),
              Easing.NONE,
              true,
              0,
              16);
      float[] z = path.at(Paths.time(frame, 12, true));
      try (NDManager m = NDManager.newBaseManager()) {
        NDArray latent = m.create(z, new Shape(1, 16));
        for (int g = 0; g < 2; g++) {
          BufferedImage expected =
              Images.toPictures(
                      e.generator("g" + (g + 1)).generate(latent, GROWTH, NoiseMode.CONSTANT),
                      renderer.tones().get("g" + (g + 1)))
                  .get(0);
          int left = g * (16 + 2);
          assertArrayEquals(
              expected.getRGB(0, 0, 16, 16, null, 0, 16),
              rendered.getRGB(left, 0, 16, 16, null, 0, 16),
              "tile " + g);
        }
      }
    }
  }

  @Test
  void theStepFromLastFrameToFirstIsAnOrdinaryStep() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      FrameRenderer renderer = new FrameRenderer(e, GROWTH, spec("side-by-side", 48, 1));
      Seams.assertSeamless(renderer.render(0, 48));
    }
  }

  @Test
  void aPathThatDoesNotLoopFailsTheSeamCheck() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      RenderSpec once =
          new RenderSpec(
              4,
              List.of(),
              "slerp",
              "none",
              "z",
              1.0,
              48,
              1,
              false,
              "side-by-side",
              1,
              "",
              2,
              "#000000",
              0,
              0,
              "nearest",
              "h264",
              18,
              Display.STRETCH);
      List<BufferedImage> frames = new FrameRenderer(e, GROWTH, once).render(0, 48);
      assertThrows(AssertionError.class, () -> Seams.assertSeamless(frames));
    }
  }

  @Test
  void layoutsGiveTheirGeometry() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      assertSize(new FrameRenderer(e, GROWTH, spec("side-by-side", 2, 1)), 34, 16);
      assertSize(new FrameRenderer(e, GROWTH, spec("stacked", 2, 1)), 16, 34);
      assertSize(new FrameRenderer(e, GROWTH, spec("grid", 2, 3)), 34, 52);
      assertSize(new FrameRenderer(e, GROWTH, spec("single", 2, 1)), 16, 16);
      FrameRenderer grid = new FrameRenderer(e, GROWTH, spec("grid", 2, 3));
      BufferedImage f = grid.render(0, 1).get(0);
      // Rows follow different latent paths.
      assertTrue(Seams.difference(crop(f, 0, 0), crop(f, 0, 18)) > 0);
    }
  }

  @Test
  void itsKeyframesAreTheGivenLatentsWhenThereAreSomeAndTheSpecsSeedsOtherwise() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      RenderSpec spec = spec("side-by-side", 12, 1);
      assertEquals(4, new FrameRenderer(e, GROWTH, spec).keyframeCount());
      int latent = e.generator("g1").spec().latent();
      Keyframes three =
          new Keyframes(
              "search:test", List.of(new float[latent], new float[latent], new float[latent]));
      assertEquals(3, new FrameRenderer(e, GROWTH, spec, three).keyframeCount());
    }
  }

  private static void assertSize(FrameRenderer r, int w, int h) {
    assertEquals(w, r.width());
    assertEquals(h, r.height());
    BufferedImage f = r.render(0, 1).get(0);
    assertEquals(w, f.getWidth());
    assertEquals(h, f.getHeight());
  }

  private static BufferedImage crop(BufferedImage f, int x, int y) {
    return f.getSubimage(x, y, 16, 16);
  }
}
