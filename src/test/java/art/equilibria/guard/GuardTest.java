package art.equilibria.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.metrics.GuardEvent;
import art.equilibria.metrics.NetworkMetrics;
import art.equilibria.metrics.StepMetrics;
import art.equilibria.piece.GuardPolicy;
import art.equilibria.piece.GuardSpec;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardTest {
  private static final GuardSpec SPEC =
      new GuardSpec(GuardPolicy.CONTINUE, 10, 0.9, 1.2, 0.5, 3, 0.5);

  private static StepMetrics step(
      long step, double total, double norm, Double diversity, Double sat) {
    NetworkMetrics g =
        new NetworkMetrics(Map.of("cosine", total), total, norm, 1.0, sat, diversity);
    return new StepMetrics(step, 0, 16, 1, 0, 0, 8, 0, Map.of("g1", g), List.of(), null);
  }

  private static List<String> kinds(List<GuardEvent> events) {
    return events.stream().map(e -> e.kind().key()).toList();
  }

  @Test
  void nonFiniteLossOrGradientIsAnExplosion() {
    Guard guard = new Guard(SPEC);
    assertEquals(List.of("non-finite"), kinds(guard.check(step(1, Double.NaN, 1, 2.0, 0.0))));
    assertEquals(
        List.of("non-finite"), kinds(guard.check(step(2, 1, Double.POSITIVE_INFINITY, 2.0, 0.0))));
  }

  @Test
  void aGradientFarAboveItsRecentMedianIsASpike() {
    Guard guard = new Guard(SPEC);
    for (int s = 0; s < 10; s++) {
      assertTrue(guard.check(step(s, 1, 1 + 0.01 * s, 2.0, 0.0)).isEmpty());
    }
    assertTrue(guard.check(step(10, 1, 9, 2.0, 0.0)).isEmpty()); // 9x: under the limit
    List<GuardEvent> events = guard.check(step(11, 1, 50, 2.0, 0.0));
    assertEquals(List.of("gradient-spike"), kinds(events));
    assertEquals("g1", events.get(0).network());
    assertEquals(11, events.get(0).step());
  }

  @Test
  void noSpikeIsJudgedBeforeThereIsHistory() {
    Guard guard = new Guard(SPEC);
    assertTrue(guard.check(step(0, 1, 1, 2.0, 0.0)).isEmpty());
    assertTrue(guard.check(step(1, 1, 1000, 2.0, 0.0)).isEmpty());
  }

  @Test
  void aBatchOfLookalikesIsCollapseAndClippedPixelsAreSaturation() {
    Guard guard = new Guard(SPEC);
    assertEquals(List.of("collapse"), kinds(guard.check(step(0, 1, 1, 1.1, 0.0))));
    assertEquals(List.of("saturated"), kinds(guard.check(step(1, 1, 1, 2.0, 0.95))));
  }

  @Test
  void eventsRoundTripThroughTheMetricsLog() throws Exception {
    GuardEvent event = new GuardEvent(3, "g1", GuardEvent.Kind.COLLAPSE, "variance 0");
    StepMetrics m = step(3, 1, 1, 2.0, 0.0).withEvents(List.of(event));
    String line = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(event);
    assertEquals(
        "{\"step\":3,\"network\":\"g1\",\"kind\":\"collapse\",\"message\":\"variance 0\"}", line);
    assertEquals(
        m.events(),
        art.equilibria.train.MetricsLog.parse(
                new com.fasterxml.jackson.databind.ObjectMapper()
                    .setPropertyNamingStrategy(
                        com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
                    .writeValueAsString(m))
            .events());
  }

  @Test
  void snapshotsThatStopChangingAreStasis() {
    Guard guard = new Guard(SPEC);
    BufferedImage a = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    BufferedImage b = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    b.setRGB(0, 0, 0xffffff); // one pixel of 16 fully changed: 255 / 16 = 16 on average
    assertTrue(guard.checkSnapshot(10, Map.of("g1", a)).isEmpty()); // nothing to compare yet
    assertTrue(guard.checkSnapshot(20, Map.of("g1", b)).isEmpty());
    List<GuardEvent> events = guard.checkSnapshot(30, Map.of("g1", b));
    assertEquals(List.of("stasis"), kinds(events));
    guard.reset();
    assertTrue(guard.checkSnapshot(40, Map.of("g1", b)).isEmpty());
  }

  @Test
  void thePolicyDecidesWhatAFailureDoesAndRollbacksRunOutIntoAStop() {
    GuardEvent failure = new GuardEvent(5, "g2", GuardEvent.Kind.SATURATED, "clipped");
    List<GuardEvent> failures = List.of(failure);
    assertEquals(new Decision.Carry(), new Guard(SPEC).decide(failures, 0));
    Guard stopping = new Guard(policy(GuardPolicy.STOP));
    assertEquals(new Decision.Carry(), stopping.decide(List.of(), 0));
    assertEquals(new Decision.Stop(failure), stopping.decide(failures, 0));
    Guard rolling = new Guard(policy(GuardPolicy.ROLLBACK));
    assertEquals(new Decision.RollBack(failure, 1), rolling.decide(failures, 0));
    assertEquals(new Decision.RollBack(failure, 3), rolling.decide(failures, 2));
    assertEquals(new Decision.Stop(failure), rolling.decide(failures, 3));
  }

  private static GuardSpec policy(GuardPolicy policy) {
    return new GuardSpec(policy, 10, 0.9, 1.2, 0.5, 3, 0.5);
  }
}
