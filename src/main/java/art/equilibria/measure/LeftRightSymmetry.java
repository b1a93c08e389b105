package art.equilibria.measure;

/** How alike a picture and its left-right mirror image are: 1 symmetric, 0 opposite. */
public final class LeftRightSymmetry extends Symmetry {
  public LeftRightSymmetry() {
    super(3);
  }

  @Override
  public About about() {
    return new About(
        "symmetry-lr",
        "1 - mean |picture - its left-right mirror| / 255: 1 symmetric, 0 opposite",
        0,
        1,
        true);
  }
}
