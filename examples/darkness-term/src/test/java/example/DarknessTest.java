package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import art.equilibria.loss.FixedInputs;
import art.equilibria.loss.TermOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example term on hand-made images, as a plug-in author tests a term of their own. */
class DarknessTest {
  @Test
  void theLossIsTheMeanOfTheTrainedGeneratorsImages() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray grey = m.zeros(new Shape(2, 3, 4, 4));
      NDArray light = m.ones(new Shape(2, 3, 4, 4)).mul(m.create(0.5f));
      FixedInputs in =
          new FixedInputs(
              "g1", "d", List.of("g1", "g2"), 0, Map.of("g1", light, "g2", grey), Map.of());
      assertEquals(0.5f, new Darkness().compute(in, TermOptions.NONE).getFloat(), 1e-6);
    }
  }
}
