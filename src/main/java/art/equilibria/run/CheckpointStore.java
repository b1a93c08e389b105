package art.equilibria.run;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Checkpoints of a run: {@code checkpoints/step-000300.ckpt}, a ZIP holding {@code meta.json}, the
 * networks and the optimiser state. Every entry's CRC-32 is checked on reading, so a damaged file
 * is detected; files are written atomically and only the newest {@code keep} are kept.
 */
public final class CheckpointStore {
  private static final Pattern NAME = Pattern.compile("step-(\\d+)\\.ckpt");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final int keep;

  /**
   * A loaded checkpoint.
   *
   * @param step steps completed when it was written
   * @param meta what a resume needs besides the arrays
   */
  public record Checkpoint(
      Path file, long step, CheckpointMeta meta, NDList networks, NDList optimiser) {}

  /** What a caller does with a loaded checkpoint; its arrays are freed once it returns. */
  @FunctionalInterface
  public interface Use<T> {
    T apply(Checkpoint checkpoint) throws IOException;
  }

  public CheckpointStore(Path dir, int keep) {
    this.dir = dir;
    this.keep = keep;
  }

  public Path save(CheckpointMeta meta, NDList networks, NDList optimiser) throws IOException {
    Path file = dir.resolve(String.format("step-%06d.ckpt", meta.step()));
    AtomicFiles.write(
        file,
        out -> {
          ZipOutputStream zip = new ZipOutputStream(out);
          zip.putNextEntry(new ZipEntry("meta.json"));
          zip.write(JSON.writeValueAsBytes(meta));
          zip.putNextEntry(new ZipEntry("networks.ndlist"));
          networks.encode(zip);
          zip.putNextEntry(new ZipEntry("optimiser.ndlist"));
          optimiser.encode(zip);
          zip.finish();
        });
    prune();
    return file;
  }

  /** Checkpoint files, oldest first (by step: past step 999999 the names grow a digit). */
  public List<Path> list() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> NAME.matcher(f.getFileName().toString()).matches())
          .sorted(Comparator.comparingLong(CheckpointStore::stepOf))
          .toList();
    }
  }

  public Optional<Path> latest() throws IOException {
    List<Path> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The checkpoint written after {@code step} steps, if there is one. */
  public Optional<Path> at(long step) throws IOException {
    Path file = dir.resolve(String.format("step-%06d.ckpt", step));
    return Files.exists(file) ? Optional.of(file) : Optional.empty();
  }

  public static long stepOf(Path file) {
    Matcher m = NAME.matcher(file.getFileName().toString());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a checkpoint file name: " + file.getFileName());
    }
    return Long.parseLong(m.group(1));
  }

  /**
   * Hands {@code use} the newest checkpoint that reads back whole and that it accepts (it may throw
   * {@link IllegalStateException} when the arrays do not fit its networks). Each one skipped on the
   * way is reported to {@code skipped} as one line naming its file.
   *
   * @throws RunException when no checkpoint can be used, with each one's problem
   */
  public <T> T newestUsable(Device device, Use<T> use, Consumer<String> skipped)
      throws IOException, RunException {
    List<Path> files = list();
    List<String> problems = new ArrayList<>();
    for (int i = files.size() - 1; i >= 0; i--) {
      Path file = files.get(i);
      try {
        return load(file, device, use);
      } catch (IOException | IllegalStateException e) {
        String problem = file.getFileName() + ": " + e.getMessage();
        problems.add(problem);
        skipped.accept("skipping checkpoint " + problem);
      }
    }
    throw new RunException(
        dir
            + (problems.isEmpty()
                ? " holds no checkpoint"
                : " holds no usable checkpoint (" + String.join("; ", problems) + ")"));
  }

  /**
   * Reads a checkpoint onto a manager of {@code device} that is closed once {@code use} returns.
   */
  public static <T> T load(Path file, Device device, Use<T> use) throws IOException {
    try (NDManager loading = NDManager.newBaseManager(device)) {
      return use.apply(load(file, loading));
    }
  }

  /**
   * Reads a checkpoint; arrays are created on {@code manager}.
   *
   * @throws IOException naming the file when it is truncated, damaged or not a checkpoint
   */
  public static Checkpoint load(Path file, NDManager manager) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      // As bytes: Jackson closes a stream it has read, before the checksum has seen all of it.
      CheckpointMeta meta =
          entry(
              zip,
              "meta.json",
              file,
              in -> JSON.readValue(in.readAllBytes(), CheckpointMeta.class));
      NDList networks = entry(zip, "networks.ndlist", file, in -> NDList.decode(manager, in));
      NDList optimiser = entry(zip, "optimiser.ndlist", file, in -> NDList.decode(manager, in));
      return new Checkpoint(file, stepOf(file), meta, networks, optimiser);
    } catch (ZipException | RuntimeException e) {
      throw new IOException(
          "checkpoint " + file + " is damaged or incomplete (" + e.getMessage() + ")", e);
    }
  }

  /** Reads an entry's content from a stream. */
  @FunctionalInterface
  private interface Decoder<T> {
    T decode(InputStream in) throws IOException;
  }

  /**
   * Decodes an entry, then checks its CRC-32 over every byte: {@link ZipFile} does not, and a
   * flipped byte in an array's values still decodes.
   */
  private static <T> T entry(ZipFile zip, String name, Path file, Decoder<T> decoder)
      throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new IOException("checkpoint " + file + " has no " + name);
    }
    try (CheckedInputStream in = new CheckedInputStream(zip.getInputStream(entry), new CRC32())) {
      T content = decoder.decode(in);
      in.transferTo(OutputStream.nullOutputStream());
      if (in.getChecksum().getValue() != entry.getCrc()) {
        throw new ZipException(name + " fails its CRC-32 check");
      }
      return content;
    }
  }

  private void prune() throws IOException {
    List<Path> all = new ArrayList<>(list());
    while (all.size() > keep) {
      Files.deleteIfExists(all.remove(0));
    }
  }
}
