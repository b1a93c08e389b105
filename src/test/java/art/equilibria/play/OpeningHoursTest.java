package art.equilibria.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {
  @Test
  void openFromTheOpeningUpToTheClosingMinute() {
    OpeningHours day = OpeningHours.parse("10:00-18:00");
    assertFalse(day.isOpen(LocalTime.of(9, 59)));
    assertTrue(day.isOpen(LocalTime.of(10, 0)));
    assertTrue(day.isOpen(LocalTime.of(17, 59)));
    assertFalse(day.isOpen(LocalTime.of(18, 0)));
  }

  @Test
  void hoursMayRunPastMidnight() {
    OpeningHours night = OpeningHours.parse("20:00-02:00");
    assertTrue(night.isOpen(LocalTime.of(23, 0)));
    assertTrue(night.isOpen(LocalTime.of(1, 0)));
    assertFalse(night.isOpen(LocalTime.of(12, 0)));
  }

  @Test
  void aMistakeSaysHowToWriteThem() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse("10-18"));
    assertEquals(
        "'10-18' is not opening hours; write them as HH:MM-HH:MM, e.g. 10:00-18:00",
        e.getMessage());
  }
}
