package art.equilibria.render;

/** Hears a render's progress (the progress line listens here). */
public interface RenderListener {
  RenderListener NONE = new RenderListener() {};

  default void started(long frames) {}

  /** {@code done} frames are encoded. */
  default void encoded(long done) {}
}
