package art.equilibria.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import art.equilibria.metrics.GuardEvent;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenersTest {

  @Test
  void everyCallbackIsPassedOnRatherThanLeftToTheDefault() {
    List<String> notForwarded = new ArrayList<>();
    for (Method m : TrainingListener.class.getMethods()) {
      try {
        Listeners.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
      } catch (NoSuchMethodException e) {
        notForwarded.add(m.getName() + Arrays.toString(m.getParameterTypes()));
      }
    }
    assertEquals(List.of(), notForwarded);
  }

  @Test
  void aGuardEventReachesEveryListener() {
    List<String> heard = new ArrayList<>();
    TrainingListener one =
        new TrainingListener() {
          @Override
          public void guarded(GuardEvent event) {
            heard.add("one " + event.kind().key());
          }
        };
    TrainingListener two =
        new TrainingListener() {
          @Override
          public void guarded(GuardEvent event) {
            heard.add("two " + event.kind().key());
          }
        };
    Listeners.of(one, null, two)
        .guarded(new GuardEvent(7, "g1", GuardEvent.Kind.SATURATED, "clipped 0.97"));
    assertEquals(List.of("one saturated", "two saturated"), heard);
  }
}
