package art.equilibria.render;

/** Hears a render's progress (the progress line listens here). */
public interface RenderListener {
  RenderListener NONE = new RenderListener() {};

  default void started(long frames) {}

  /**
   * {@code done} frames are generated; called on the generating thread between batches, when no
   * frame's arrays are alive (memory samples are taken here).
   */
  default void generated(long done) {}

  /** {@code done} frames are encoded. */
  default void encoded(long done) {}
}
