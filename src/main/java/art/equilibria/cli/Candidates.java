package art.equilibria.cli;

import art.equilibria.measure.Measures;
import art.equilibria.piece.RenderChoices;
import art.equilibria.qd.archive.Tessellation;
import art.equilibria.qd.scheduler.Algorithm;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The words of options with closed choices (render options, search algorithms, measures) for
 * picocli's help ({@code ${COMPLETION-CANDIDATES}}) and shell completion, from the lists the piece
 * reader checks against. picocli makes each by reflection, hence one small class per list.
 */
final class Candidates {
  private Candidates() {}

  private abstract static class Of implements Iterable<String> {
    private final List<String> words;

    Of(List<String> words) {
      this.words = words;
    }

    @Override
    public Iterator<String> iterator() {
      return words.iterator();
    }
  }

  static final class Interpolations extends Of {
    Interpolations() {
      super(RenderChoices.INTERPOLATIONS);
    }
  }

  static final class Easings extends Of {
    Easings() {
      super(RenderChoices.EASINGS);
    }
  }

  static final class Spaces extends Of {
    Spaces() {
      super(RenderChoices.SPACES);
    }
  }

  static final class Layouts extends Of {
    Layouts() {
      super(RenderChoices.LAYOUTS);
    }
  }

  static final class Scalings extends Of {
    Scalings() {
      super(RenderChoices.SCALINGS);
    }
  }

  static final class Formats extends Of {
    Formats() {
      super(RenderChoices.FORMATS);
    }
  }

  static final class Displays extends Of {
    Displays() {
      super(RenderChoices.DISPLAYS);
    }
  }

  static final class Algorithms extends Of {
    Algorithms() {
      super(Arrays.stream(Algorithm.values()).map(Algorithm::key).toList());
    }
  }

  static final class MeasureNames extends Of {
    MeasureNames() {
      super(Measures.installed().names());
    }
  }

  static final class Tessellations extends Of {
    Tessellations() {
      super(Arrays.stream(Tessellation.values()).map(Tessellation::key).toList());
    }
  }
}
