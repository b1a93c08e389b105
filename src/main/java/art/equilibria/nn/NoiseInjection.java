package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/** Per-pixel noise with a learned strength (starts at zero, as in StyleGAN). */
public final class NoiseInjection {
  private final NDArray strength;
  private final NDArray constant;

  public NoiseInjection(Parameters params, String name, int resolution) {
    this.strength = params.constant(name + ".strength", new Shape(1), 0f);
    this.constant =
        params.normalBuffer(name + ".constant", new Shape(1, 1, resolution, resolution));
  }

  public NDArray forward(NDArray x, NoiseMode mode) {
    Shape s = x.getShape();
    NDArray noise =
        mode == NoiseMode.CONSTANT
            ? constant
            : x.getManager()
                .randomNormal(0, 1, new Shape(s.get(0), 1, s.get(2), s.get(3)), DataType.FLOAT32);
    return x.add(noise.mul(strength));
  }
}
