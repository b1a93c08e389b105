package art.equilibria.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import art.equilibria.piece.ControlMapping;
import art.equilibria.piece.ControlMappingReader;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.Playlist;
import art.equilibria.piece.PlaylistReader;
import art.equilibria.play.AwtScreen;
import art.equilibria.play.MidiControl;
import art.equilibria.play.OpeningHours;
import art.equilibria.play.OscControl;
import art.equilibria.play.Pacer;
import art.equilibria.play.PlayLog;
import art.equilibria.play.PlayStatus;
import art.equilibria.play.Player;
import art.equilibria.play.Programme;
import art.equilibria.play.Screen;
import art.equilibria.play.StatusReport;
import art.equilibria.run.RunFolder;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code equilibria play RUN|VIDEO [--also ...] | --playlist FILE}: a show on a screen, generated
 * live or from videos.
 */
@Command(
    name = "play",
    mixinStandardHelpOptions = true,
    description = {
      "Show a trained run live on a screen, frame for frame what render would write, paced to",
      "the frame rate; or play a rendered loop (a video file); or several, in turn. Runs",
      "unattended: a watchdog restarts generation, a status file and a loopback endpoint say how",
      "it goes, logs rotate."
    })
final class PlayCommand implements Callable<Integer> {
  /** Status endpoint's default port (the watch page's is 8765). */
  private static final int DEFAULT_PORT = 8766;

  @Mixin CommonOptions common;
  @Mixin RenderOptions render;

  @Parameters(
      arity = "0..1",
      paramLabel = "RUN|VIDEO",
      description = "A run folder, or a rendered video (or --playlist).")
  Path source;

  @Option(
      names = "--also",
      arity = "1..*",
      paramLabel = "RUN|VIDEO",
      description =
          "More runs or videos, changed to in turn (looping) by the next and crossfade controls.")
  List<Path> also = new ArrayList<>();

  @Option(
      names = "--playlist",
      paramLabel = "FILE",
      description =
          "Play the runs and videos a YAML file lists, each for its duration, in turn and looping"
              + " (see the README): entries of source, duration (90s, 10m) and crossfade"
              + " (seconds).")
  Path playlist;

  @Option(
      names = "--checkpoint",
      defaultValue = "latest",
      paramLabel = "STEP|latest",
      description = "Which checkpoint (default: ${DEFAULT-VALUE}).")
  String checkpoint;

  @Option(names = "--screen", defaultValue = "0", paramLabel = "N", description = "Which screen.")
  int screen;

  @Option(names = "--windowed", description = "A window of the frame's size, not the whole screen.")
  boolean windowed;

  @Option(
      names = "--headless",
      description = "No display: status, log and memory only (soaks, checks on a server).")
  boolean headless;

  @Option(
      names = "--unpaced",
      description = "Show each frame as soon as it is made, not at its time (measuring).")
  boolean unpaced;

  @Option(names = "--frames", paramLabel = "N", description = "Stop after showing N frames.")
  Long frames;

  @Option(
      names = "--from",
      defaultValue = "0",
      paramLabel = "FRAME",
      description = "Start at this frame of the loop (default: ${DEFAULT-VALUE}).")
  long from;

  @Option(
      names = "--hours",
      paramLabel = "HH:MM-HH:MM",
      description = "Opening hours, e.g. 10:00-18:00: black and idle outside them.")
  String hours;

  @Option(
      names = "--status",
      paramLabel = "FILE",
      description = "The status file (default: play/status.json in the run, or beside the video).")
  Path statusFile;

  @Option(
      names = "--port",
      defaultValue = "" + DEFAULT_PORT,
      paramLabel = "P",
      description =
          "Status endpoint on http://127.0.0.1:P/status (default: ${DEFAULT-VALUE}; 0: any free"
              + " port; -1: none).")
  int port;

  @Option(
      names = "--logs",
      paramLabel = "DIR",
      description =
          "Where the rotating log goes (default: play/logs in the run, or beside the video).")
  Path logs;

  @Option(
      names = "--stall",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description = "No frame for this long restarts generation (default: ${DEFAULT-VALUE}).")
  int stallSeconds;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "Frames generated at once, each on its own thread with one libtorch thread (default: one"
              + " per core, at most 2, on a processor; 1 on a GPU).")
  Integer workers;

  @Option(
      names = "--preload",
      defaultValue = "60",
      paramLabel = "SECONDS",
      description =
          "Open a playlist's next entry this long before its time, so it comes on time (default:"
              + " ${DEFAULT-VALUE}).")
  int preloadSeconds;

  @Option(
      names = "--memory-every",
      paramLabel = "N",
      description = "Frames between memory samples in the log (default: a minute's worth).")
  Long memoryEvery;

  @Option(
      names = "--controls",
      paramLabel = "FILE",
      description =
          "OSC and MIDI mapping (YAML; see the README). Default: OSC on UDP 127.0.0.1:9000,"
              + " /equilibria/speed, /equilibria/truncation, /equilibria/keyframe,"
              + " /equilibria/next and /equilibria/crossfade (5 s); MIDI controller 1 the speed,"
              + " 2 the truncation, note 34 next, 35 crossfade, notes from 36 keyframes.")
  Path controls;

  @Mixin DeviceOption device;

  private ControlMapping mapping;
  private OpeningHours openingHours;

  @Override
  public Integer call() throws Exception {
    // Read first: a mistake in them is reported before a run is loaded.
    mapping = controlMapping();
    try {
      openingHours = hours == null ? OpeningHours.ALWAYS : OpeningHours.parse(hours);
    } catch (IllegalArgumentException e) {
      throw new UserError("--hours: " + e.getMessage());
    }
    if (preloadSeconds < 0) {
      throw new UserError("--preload " + preloadSeconds + ": give 0 or more seconds");
    }
    if (workers != null && workers < 1) {
      throw new UserError("--workers " + workers + ": give 1 or more");
    }
    Playlist plan = plan();
    if (!headless && GraphicsEnvironment.isHeadless()) {
      throw new UserError(
          "play: no display here (DISPLAY is not set); run it on the machine with the screen, or"
              + " add --headless");
    }
    // The status and logs go beside the playlist or the video, or into the run (renders/demo: its
    // newest).
    Path first = plan.entries().get(0).source();
    Path home =
        (playlist != null
                ? playlist.toAbsolutePath().getParent()
                : PlaySources.isVideo(first)
                    ? first.toAbsolutePath().getParent()
                    : RunFolder.open(first).dir())
            .resolve("play");
    Handler log = PlayLog.toFiles(logs != null ? logs : home.resolve("logs"), 1 << 20, 5);
    try {
      return show(plan, home);
    } finally {
      log.close();
    }
  }

  /**
   * What is played, in turn: the playlist's entries, or the source and those given with --also
   * (each until a control says next). Every one is checked here, before anything is loaded.
   */
  private Playlist plan() throws IOException, PieceException {
    if (playlist != null) {
      if (source != null || !also.isEmpty()) {
        throw new UserError(
            "--playlist: give either a playlist or RUN|VIDEO (with --also), not both");
      }
      if (!Files.isRegularFile(playlist)) {
        throw new UserError("--playlist " + playlist + ": no such file");
      }
      Playlist plan =
          PlaylistReader.read(
              Files.readString(playlist),
              playlist.toString(),
              playlist.toAbsolutePath().getParent());
      for (int i = 0; i < plan.entries().size(); i++) {
        String problem = PlaySources.problem(plan.entries().get(i).source());
        if (problem != null) {
          throw plan.problem(i, problem);
        }
      }
      return plan;
    }
    if (source == null) {
      throw new UserError("play: give a run folder or a video (RUN|VIDEO), or --playlist FILE");
    }
    List<Playlist.Entry> entries = new ArrayList<>();
    entries.add(new Playlist.Entry(source, 0, 0, 0));
    for (Path more : also) {
      String problem = PlaySources.problem(more);
      if (problem != null) {
        throw new UserError("--also " + more + ": " + problem);
      }
      entries.add(new Playlist.Entry(more, 0, 0, 0));
    }
    return new Playlist("the command line", entries);
  }

  private int show(Playlist plan, Path home) throws Exception {
    Device on = device.choice.resolve();
    int generating =
        workers != null
            ? workers
            : on.isGpu() ? 1 : Math.min(2, Runtime.getRuntime().availableProcessors());
    if (generating > 1 && !on.isGpu()) {
      // A generator's operations are small: two frames on one core each keep two cores busier
      // than one frame whose every operation is split over both. Set on the loaded engine.
      Engine.getInstance();
      JniUtils.setNumThreads(1);
    }
    PlaySources sources = new PlaySources(render, checkpoint, on);
    PlaySources.Opened first = sources.open(plan.entries().get(0).source());
    List<Programme.Entry> entries = new ArrayList<>();
    for (Playlist.Entry e : plan.entries()) {
      entries.add(
          new Programme.Entry(
              PlaySources.name(e.source()),
              () -> sources.open(e.source()).ladder(),
              e.seconds(),
              e.crossfadeSeconds()));
    }
    Programme programme = new Programme(entries, first.ladder());
    Screen out;
    try {
      out =
          headless
              ? Screen.NONE
              : AwtScreen.open(screenDevice(), windowed, first.width(), first.height());
    } catch (RuntimeException e) {
      first.ladder().close();
      throw e;
    }
    Pacer pacer = new Pacer(unpaced ? 0 : first.fps(), System::nanoTime);
    long every = memoryEvery != null ? memoryEvery : Math.max(1, Math.round(first.fps() * 60));
    Player player =
        new Player(
            programme,
            out,
            pacer,
            System::nanoTime,
            Clock.systemDefaultZone(),
            new Player.Options(
                openingHours,
                stallSeconds * 1000L,
                every,
                frames != null ? frames : Long.MAX_VALUE,
                from,
                generating,
                preloadSeconds * 1000L),
            sources::memory);
    Thread main = Thread.currentThread();
    Thread hook =
        new Thread(
            () -> {
              player.stop();
              try {
                main.join(5000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "play-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    Path file = statusFile != null ? statusFile : home.resolve("status.json");
    try (StatusReport report = new StatusReport(player::status, file, port, 2000);
        AutoCloseable steering = steer(player)) {
      System.err.printf(
          "playing %s%s%s at %s fps; status in %s%s%n",
          first.ladder().name(),
          entries.size() > 1 ? " and " + (entries.size() - 1) + " more in turn" : "",
          headless ? " (headless)" : " on screen " + screen,
          unpaced ? "unpaced" : String.format("%.3g", first.fps()),
          file,
          report.url() == null ? "" : " and at " + report.url());
      PlayStatus end = player.run();
      System.err.printf(
          "shown %d frames (%d dropped) in %.0f s; restarts %d%s%n",
          end.shown(),
          end.dropped(),
          end.uptimeSeconds(),
          end.restarts(),
          end.degraded() == null ? "" : "; " + end.degraded());
      if (player.firstMemory() != null && end.memory() != null) {
        System.err.printf("memory: first sample %s, last %s%n", player.firstMemory(), end.memory());
      }
    } finally {
      out.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running and waits for this thread.
      }
    }
    return 0;
  }

  private ControlMapping controlMapping() throws IOException, PieceException {
    if (controls == null) {
      return ControlMapping.DEFAULTS;
    }
    if (!Files.isRegularFile(controls)) {
      throw new UserError("--controls " + controls + ": no such file");
    }
    return ControlMappingReader.read(Files.readString(controls), controls.toString());
  }

  /** OSC and MIDI, mapped as the controls file says (its defaults without one). */
  private AutoCloseable steer(Player player) throws IOException {
    OscControl osc = null;
    if (mapping.oscPort() > 0) {
      try {
        osc = new OscControl(mapping, player);
      } catch (IOException e) {
        throw new UserError(
            (controls == null ? "OSC" : controls + ": osc.port")
                + ": cannot listen on UDP port "
                + mapping.oscPort()
                + " ("
                + e.getMessage()
                + "); choose another port in a controls file, or 0 for no OSC");
      }
    }
    MidiControl midi = new MidiControl(mapping, player);
    OscControl o = osc;
    return () -> {
      midi.close();
      if (o != null) {
        o.close();
      }
    };
  }

  private GraphicsDevice screenDevice() {
    GraphicsDevice[] all = AwtScreen.screens();
    if (screen < 0 || screen >= all.length) {
      throw new UserError(
          "--screen "
              + screen
              + ": this machine has "
              + all.length
              + (all.length == 1 ? " screen, 0" : " screens, 0 to " + (all.length - 1)));
    }
    return all[screen];
  }
}
