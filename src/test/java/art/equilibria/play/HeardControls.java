package art.equilibria.play;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Controls that write down each call as a line ("speed 4.0", "next"), from any thread. */
final class HeardControls implements Controls {
  final List<String> heard = new CopyOnWriteArrayList<>();

  @Override
  public void speed(double speed) {
    heard.add("speed " + speed);
  }

  @Override
  public void truncation(double psi) {
    heard.add("truncation " + psi);
  }

  @Override
  public void keyframe(int k) {
    heard.add("keyframe " + k);
  }

  @Override
  public void next() {
    heard.add("next");
  }

  @Override
  public void crossfade(double seconds) {
    heard.add("crossfade " + seconds);
  }
}
