package art.equilibria.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StepLabelsTest {
  @Test
  void aboutEightRoundLabelsWhateverTheLength() {
    assertEquals(100, StepLabels.spacing(600));
    assertEquals(1, StepLabels.spacing(5));
    assertEquals(2, StepLabels.spacing(12));
    assertEquals(5000, StepLabels.spacing(30000));
    assertEquals(10, StepLabels.spacing(79));
  }

  @Test
  void labelsReadAsWholeStepsWithThousandsMarked() {
    assertEquals("0", StepLabels.text(0));
    assertEquals("600", StepLabels.text(600));
    assertEquals("20,000", StepLabels.text(20000));
  }
}
