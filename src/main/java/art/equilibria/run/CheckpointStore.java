package art.equilibria.run;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Checkpoints of a run: {@code checkpoints/step-000300.ckpt}, a ZIP holding {@code meta.json}, the
 * networks and the optimiser state. ZIP entries carry CRC-32 checksums, so a damaged file is
 * detected on reading; files are written atomically and only the newest {@code keep} are kept.
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
   * @param meta free-form facts (seed, optimiser update counts, piece digest)
   */
  public record Checkpoint(
      Path file, long step, Map<String, Object> meta, NDList networks, NDList optimiser) {}

  public CheckpointStore(Path dir, int keep) {
    this.dir = dir;
    this.keep = keep;
  }

  public Path save(long step, Map<String, Object> meta, NDList networks, NDList optimiser)
      throws IOException {
    Path file = dir.resolve(String.format("step-%06d.ckpt", step));
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

  /** Checkpoint files, oldest first. */
  public List<Path> list() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> NAME.matcher(f.getFileName().toString()).matches())
          .sorted()
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
   * Reads a checkpoint; arrays are created on {@code manager}.
   *
   * @throws IOException naming the file when it is truncated, damaged or not a checkpoint
   */
  public static Checkpoint load(Path file, NDManager manager) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Map<String, Object> meta;
      try (InputStream in = entry(zip, "meta.json", file)) {
        meta = JSON.readValue(in, new TypeReference<>() {});
      }
      NDList networks;
      try (InputStream in = entry(zip, "networks.ndlist", file)) {
        networks = NDList.decode(manager, in);
      }
      NDList optimiser;
      try (InputStream in = entry(zip, "optimiser.ndlist", file)) {
        optimiser = NDList.decode(manager, in);
      }
      return new Checkpoint(file, stepOf(file), meta, networks, optimiser);
    } catch (java.util.zip.ZipException | RuntimeException e) {
      throw new IOException(
          "checkpoint " + file + " is damaged or incomplete (" + e.getMessage() + ")", e);
    }
  }

  private static InputStream entry(ZipFile zip, String name, Path file) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new IOException("checkpoint " + file + " has no " + name);
    }
    return zip.getInputStream(entry);
  }

  private void prune() throws IOException {
    List<Path> all = new ArrayList<>(list());
    while (all.size() > keep) {
      Files.deleteIfExists(all.remove(0));
    }
  }
}
