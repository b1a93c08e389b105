package art.equilibria.piece;

/**
 * The controls a live show is steered by: one catalogue, from which the mapping file's OSC fields,
 * their default addresses and the play command's help are written (the README's table lists the
 * same, a test holds them together).
 */
public enum Control {
  SPEED("a number", "frames of the loop per frame of time: 1 as rendered, 0 paused"),
  TRUNCATION(
      "a number",
      "truncation psi of the generated frames from the next one on, clamped to 0 (the mean"
          + " picture) to "
          + YamlFields.format(RenderSpec.MAX_TRUNCATION)
          + " (1: none)"),
  KEYFRAME("a whole number", "jump to that keyframe of the loop (0: the first)"),
  NEXT("nothing", "on to the next run, video or playlist entry, with its own crossfade"),
  CROSSFADE(
      "seconds, or nothing",
      "crossfade to the next run, video or playlist entry over that many seconds (nothing: the"
          + " mapping's crossfade)");

  private final String argument;
  private final String meaning;

  Control(String argument, String meaning) {
    this.argument = argument;
    this.meaning = meaning;
  }

  /** Its name in the mapping file. */
  public String key() {
    return Keys.of(this);
  }

  /** Its OSC address when the mapping file gives none. */
  public String oscDefault() {
    return "/equilibria/" + key();
  }

  /** What an OSC message for it carries. */
  public String argument() {
    return argument;
  }

  /** What it does. */
  public String meaning() {
    return meaning;
  }
}
