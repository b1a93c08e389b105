package art.equilibria.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import art.equilibria.TestPieces;
import art.equilibria.piece.Growth;
import art.equilibria.sampling.LatentStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A frozen network keeps its gain-scaled weights between forward passes; they must never outlive
 * the weights they were made from.
 */
class FrozenWeightsTest {
  private static final Growth AT_16 = new Growth(1, 16, 1.0);

  private static float[] pictures(Ensemble e, NDArray z) {
    try (NDScope scope = new NDScope()) {
      return e.generator("g1").generate(z, AT_16, NoiseMode.CONSTANT).toFloatArray();
    }
  }

  /** What a network with these weights makes when nothing was kept: a new ensemble loaded. */
  private static float[] fresh(Ensemble from, NDArray z) {
    try (Ensemble other = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      other.load(from.state());
      return pictures(other, other.manager().create(z.toFloatArray(), z.getShape()));
    }
  }

  /** Every trainable array of g1 changed in place, as Adam changes them. */
  private static void update(Ensemble e) {
    for (NDArray w : e.parameters().get("g1").trainable().values()) {
      try (NDScope scope = new NDScope()) {
        Tensors.copyInto(w.mul(1.5f).add(0.01f), w);
      }
    }
  }

  @Test
  void aFrozenGeneratorGivesTheSamePicturesEveryTimeAfterItsScopesClose() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      e.freeze();
      NDArray z = new LatentStream(5, 16).fixed(e.manager(), 4);
      float[] first = pictures(e, z);
      assertArrayEquals(first, pictures(e, z), 0f);
      assertArrayEquals(fresh(e, z), first, 0f);
    }
  }

  @Test
  void anUpdateBetweenFrozenPassesIsSeenByTheNextOne() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      NDArray z = new LatentStream(5, 16).fixed(e.manager(), 4);
      e.trainOnly("d");
      float[] before = pictures(e, z); // g1 frozen: its scaled weights are kept
      e.trainOnly("g1");
      update(e);
      e.trainOnly("g2");
      float[] after = pictures(e, z);
      assertFalse(Arrays.equals(before, after), "the update changed the pictures");
      assertArrayEquals(fresh(e, z), after, 0f);
    }
  }

  @Test
  void loadingACheckpointIntoAFrozenNetworkReplacesWhatWasKept() {
    try (Ensemble e = new Ensemble(TestPieces.tiny(4), Device.cpu());
        Ensemble changed = new Ensemble(TestPieces.tiny(4), Device.cpu())) {
      e.freeze();
      NDArray z = new LatentStream(5, 16).fixed(e.manager(), 4);
      float[] before = pictures(e, z);
      changed.trainOnly("g1");
      update(changed);
      e.load(changed.state());
      float[] after = pictures(e, z);
      assertFalse(Arrays.equals(before, after), "the checkpoint changed the pictures");
      assertArrayEquals(fresh(changed, z), after, 0f);
    }
  }
}
