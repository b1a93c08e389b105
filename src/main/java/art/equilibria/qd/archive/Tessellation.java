package art.equilibria.qd.archive;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an archive cuts the measure space into cells. */
public enum Tessellation {
  /** Equal cells along each measure ({@link GridArchive}). */
  GRID,
  /** Cells around centroids spread evenly by k-means ({@link CvtArchive}). */
  CVT;

  /** The name the command line and a search's record use. */
  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
