package art.equilibria.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import art.equilibria.piece.Noise;

/**
 * Per-pixel noise with a learned strength that starts at zero: one strength for every channel
 * (StyleGAN2) or one per channel (StyleGAN v1). While training, the noise is drawn afresh per step
 * for the batch or per picture, as the piece says; otherwise it is a fixed image saved with the
 * network.
 */
public final class NoiseInjection {
  private final Noise kind;
  private final NDArray strength;
  private final NDArray constant;

  /**
   * @param channels 1 for one strength shared by every channel, else the number of channels
   */
  public NoiseInjection(Parameters params, String name, int resolution, int channels, Noise kind) {
    this.kind = kind;
    if (kind == Noise.OFF) {
      this.strength = null;
      this.constant = null;
      return;
    }
    Shape shape = channels == 1 ? new Shape(1) : new Shape(1, channels, 1, 1);
    this.strength = params.constant(name + ".strength", shape, 0f);
    this.constant =
        params.normalBuffer(name + ".constant", new Shape(1, 1, resolution, resolution));
  }

  public NDArray forward(NDArray x, NoiseMode mode) {
    if (kind == Noise.OFF) {
      return x;
    }
    Shape s = x.getShape();
    long pictures = kind == Noise.IMAGE ? s.get(0) : 1;
    NDArray noise =
        mode == NoiseMode.CONSTANT
            ? constant
            : x.getManager()
                .randomNormal(0, 1, new Shape(pictures, 1, s.get(2), s.get(3)), DataType.FLOAT32);
    return x.add(noise.mul(strength));
  }
}
