package art.equilibria.qd.archive;

/**
 * What adding one solution did, as pyribs' {@code AddStatus}: ordered NOT_ADDED < IMPROVE_EXISTING
 * < NEW, so the ordinal is pyribs' integer status.
 */
public enum AddStatus {
  /** The solution did not beat its cell's threshold. */
  NOT_ADDED,
  /** The solution replaced the elite of a cell that had one. */
  IMPROVE_EXISTING,
  /** The solution filled an empty cell. */
  NEW;

  /** Whether the solution went into the archive. */
  public boolean added() {
    return this != NOT_ADDED;
  }
}
