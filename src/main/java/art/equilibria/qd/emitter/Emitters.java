package art.equilibria.qd.emitter;

import art.equilibria.qd.archive.Archive;
import java.util.random.RandomGenerator;

/** Argument checks and the restart point the emitters share. */
final class Emitters {
  private Emitters() {}

  static void checkStart(Archive archive, double[] x0) {
    if (x0.length != archive.solutionDim()) {
      throw new IllegalArgumentException(
          "x0 must have the archive's solution dimension "
              + archive.solutionDim()
              + ", got "
              + x0.length);
    }
  }

  static void checkBatchSize(int batchSize, int least) {
    if (batchSize < least) {
      throw new IllegalArgumentException(
          "emitter batch size must be at least " + least + ", got " + batchSize);
    }
  }

  /**
   * Where a restart begins: a random elite, as pyribs; {@code x0} if the archive is still empty
   * (pyribs would fail there, which a high threshold minimum can provoke).
   */
  static double[] restartPoint(Archive archive, double[] x0, RandomGenerator random) {
    return archive.isEmpty() ? x0.clone() : archive.sampleElites(1, random).get(0).solution();
  }
}
