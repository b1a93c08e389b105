package art.equilibria.render.path;

import java.util.List;

/**
 * A path through keyframes. Looping, it visits every keyframe and returns to the first (the
 * keyframe list wraps around); otherwise it runs from the first keyframe to the last.
 */
final class KeyframePath implements LatentPath {
  private final List<float[]> keys;
  private final Blend blend;
  private final Easing easing;
  private final boolean loop;

  KeyframePath(List<float[]> keys, Blend blend, Easing easing, boolean loop) {
    if (keys.size() < 2) {
      throw new IllegalArgumentException("a path needs at least two keyframes");
    }
    this.keys = List.copyOf(keys);
    this.blend = blend;
    this.easing = easing;
    this.loop = loop;
  }

  @Override
  public float[] at(double t) {
    int n = keys.size();
    int segments = loop ? n : n - 1;
    double position = Math.max(0, Math.min(1, t)) * segments;
    int segment = Math.min((int) Math.floor(position), segments - 1);
    double u = easing.apply(position - segment);
    return blend.between(key(segment - 1), key(segment), key(segment + 1), key(segment + 2), u);
  }

  /** Keyframe i: wrapped around when looping, held at the ends otherwise. */
  private float[] key(int i) {
    int n = keys.size();
    return keys.get(loop ? Math.floorMod(i, n) : Math.max(0, Math.min(n - 1, i)));
  }
}
