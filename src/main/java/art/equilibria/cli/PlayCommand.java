package art.equilibria.cli;

import ai.djl.Device;
import art.equilibria.bench.MemorySample;
import art.equilibria.piece.ControlMapping;
import art.equilibria.piece.ControlMappingReader;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.RenderSpec;
import art.equilibria.play.AwtScreen;
import art.equilibria.play.FrameSource;
import art.equilibria.play.GeneratedFrames;
import art.equilibria.play.Ladder;
import art.equilibria.play.MidiControl;
import art.equilibria.play.OpeningHours;
import art.equilibria.play.OscControl;
import art.equilibria.play.Pacer;
import art.equilibria.play.PlayLog;
import art.equilibria.play.PlayStatus;
import art.equilibria.play.Player;
import art.equilibria.play.Screen;
import art.equilibria.play.StatusReport;
import art.equilibria.play.VideoFrames;
import art.equilibria.render.FrameRenderer;
import art.equilibria.render.RenderRecord;
import art.equilibria.render.video.VideoProbe;
import art.equilibria.run.RunFolder;
import art.equilibria.sampling.Keyframes;
import art.equilibria.sampling.TrainedRun;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code equilibria play RUN|VIDEO}: a show on a screen, generated live or from a video. */
@Command(
    name = "play",
    mixinStandardHelpOptions = true,
    description = {
      "Show a trained run live on a screen, frame for frame what render would write, paced to",
      "the frame rate; or play a rendered loop (a video file). Runs unattended: a watchdog",
      "restarts generation, a status file and a loopback endpoint say how it goes, logs rotate."
    })
final class PlayCommand implements Callable<Integer> {
  /** Status endpoint's default port (the watch page's is 8765). */
  private static final int DEFAULT_PORT = 8766;

  private static final List<String> VIDEOS = List.of(".mp4", ".mov", ".mkv", ".webm");

  @Mixin CommonOptions common;
  @Mixin RenderOptions render;

  @Parameters(paramLabel = "RUN|VIDEO", description = "A run folder, or a rendered video.")
  Path source;

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
      names = "--memory-every",
      paramLabel = "N",
      description = "Frames between memory samples in the log (default: a minute's worth).")
  Long memoryEvery;

  @Option(
      names = "--controls",
      paramLabel = "FILE",
      description =
          "OSC and MIDI mapping (YAML; see the README). Default: OSC on UDP 127.0.0.1:9000,"
              + " /equilibria/speed and /equilibria/keyframe; MIDI controller 1 and notes from 36.")
  Path controls;

  @Mixin DeviceOption device;

  private ControlMapping mapping;
  private OpeningHours openingHours;

  @Override
  public Integer call() throws Exception {
    // Read first: a mistake in it is reported before a run is loaded.
    mapping = controlMapping();
    try {
      openingHours = hours == null ? OpeningHours.ALWAYS : OpeningHours.parse(hours);
    } catch (IllegalArgumentException e) {
      throw new UserError("--hours: " + e.getMessage());
    }
    if (!headless && GraphicsEnvironment.isHeadless()) {
      throw new UserError(
          "play: no display here (DISPLAY is not set); run it on the machine with the screen, or"
              + " add --headless");
    }
    boolean video = Files.isRegularFile(source);
    // The status and logs go beside the video, or into the run (renders/demo: its newest).
    Path home =
        (video ? source.toAbsolutePath().getParent() : RunFolder.open(source).dir())
            .resolve("play");
    Handler log = PlayLog.toFiles(logs != null ? logs : home.resolve("logs"), 1 << 20, 5);
    try {
      return video ? playVideo(home) : playRun(home);
    } finally {
      log.close();
    }
  }

  private int playVideo(Path home) throws Exception {
    VideoProbe.Info info = VideoProbe.probe(source);
    double fps;
    try {
      fps = render.fps != null ? Double.parseDouble(render.fps) : info.fps();
    } catch (NumberFormatException e) {
      throw new UserError("--fps: '" + render.fps + "' is not a number of frames per second");
    }
    Ladder ladder =
        new Ladder(List.of(new Ladder.Rung("video " + source.getFileName(), this::video)));
    return show(
        ladder, fps, info.width(), info.height(), after -> MemorySample.take(after, null), 1, home);
  }

  private FrameSource video() {
    try {
      return new VideoFrames(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int playRun(Path home) throws Exception {
    Device d = device.choice.resolve();
    try (TrainedRun run = RenderCommand.open(source, checkpoint, d, render.overrides())) {
      Keyframes keyframes =
          render.keyframeSource() == null
              ? null
              : RenderCommand.keyframes(run, render.keyframeSource());
      RenderSpec spec = run.piece().render();
      FrameRenderer full = new FrameRenderer(run.ensemble(), run.growth(), spec, keyframes);
      String name = "run " + run.folder().dir().getFileName() + " step " + run.step();
      List<Ladder.Rung> rungs = new ArrayList<>();
      rungs.add(
          new Ladder.Rung(name + " generated", () -> new GeneratedFrames(full, spec.fps(), name)));
      if (spec.width() > 0 && spec.height() > 0) {
        rungs.add(
            new Ladder.Rung(
                name + " generated at half size",
                () ->
                    new GeneratedFrames(
                        full.atSize(even(spec.width() / 2), even(spec.height() / 2)),
                        spec.fps(),
                        name)));
      }
      renderedLoop(run, spec, keyframes)
          .ifPresent(
              v ->
                  rungs.add(
                      new Ladder.Rung(
                          "its rendered loop " + v.getFileName(),
                          () -> {
                            try {
                              return new VideoFrames(v);
                            } catch (IOException e) {
                              throw new UncheckedIOException(e);
                            }
                          })));
      try (Ladder ladder = new Ladder(rungs)) {
        return show(
            ladder,
            spec.fps(),
            full.width(),
            full.height(),
            after -> MemorySample.take(after, run.ensemble().manager()),
            spec.seeds().isEmpty() ? spec.keyframes() : spec.seeds().size(),
            home);
      }
    }
  }

  private static int even(int n) {
    return n - (n & 1);
  }

  /**
   * The run's newest video rendered, whole, from the same checkpoint with the same settings (its
   * record says so), so its frame i is the frame the player would have made: the fallback when
   * generation cannot keep up. None when no video fits.
   */
  private static Optional<Path> renderedLoop(TrainedRun run, RenderSpec spec, Keyframes keyframes)
      throws IOException {
    Path videos = run.folder().dir().resolve("videos");
    if (keyframes != null || !Files.isDirectory(videos)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(videos)) {
      return files
          .filter(f -> VIDEOS.stream().anyMatch(f.getFileName().toString()::endsWith))
          .filter(f -> sameRender(f, run, spec))
          .max(Comparator.comparing(f -> f.toFile().lastModified()));
    }
  }

  private static boolean sameRender(Path video, TrainedRun run, RenderSpec spec) {
    try {
      RenderRecord record = RenderRecord.read(RenderRecord.beside(video));
      return record.completed()
          && record.checkpointStep() == run.step()
          && record.render().equals(spec);
    } catch (IOException e) {
      return false;
    }
  }

  private int show(
      Ladder ladder,
      double fps,
      int width,
      int height,
      java.util.function.LongFunction<MemorySample> memory,
      int keyframes,
      Path home)
      throws Exception {
    Screen out = headless ? Screen.NONE : AwtScreen.open(screenDevice(), windowed, width, height);
    Pacer pacer = new Pacer(unpaced ? 0 : fps, System::nanoTime);
    long every = memoryEvery != null ? memoryEvery : Math.max(1, Math.round(fps * 60));
    Player player =
        new Player(
            ladder,
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
                keyframes),
            memory);
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
          "playing %s%s at %s fps; status in %s%s%n",
          ladder.name(),
          headless ? " (headless)" : " on screen " + screen,
          unpaced ? "unpaced" : String.format("%.3g", fps),
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
