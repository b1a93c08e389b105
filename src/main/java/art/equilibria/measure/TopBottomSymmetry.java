package art.equilibria.measure;

/** How alike a picture and its top-bottom mirror image are: 1 symmetric, 0 opposite. */
public final class TopBottomSymmetry extends Symmetry {
  public TopBottomSymmetry() {
    super(2);
  }

  @Override
  public About about() {
    return new About(
        "symmetry-tb",
        "1 - mean |picture - its top-bottom mirror| / 255: 1 symmetric, 0 opposite",
        0,
        1,
        true);
  }
}
