package art.equilibria.search;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * What every iteration of a search scored, appended as it goes ({@code evaluations.log}): a resumed
 * search replays it through the same algorithm, which proposes the same latents again, so it
 * reaches exactly the archive it would have had without stopping, without running the generator
 * again. Each iteration is one record with its length and a CRC-32; a record cut short by a kill is
 * dropped on reading, and that iteration is scored again.
 */
final class EvaluationLog implements AutoCloseable {
  static final String FILE = "evaluations.log";

  /** One iteration: the gradient points' evaluation (CMA-MAEGA, else null) and the batch's. */
  record Entry(Evaluation points, Evaluation batch) {}

  /** The whole records of a log and where they end. */
  record Read(List<Entry> entries, long length) {}

  private final FileChannel channel;

  private EvaluationLog(FileChannel channel) {
    this.channel = channel;
  }

  /** Opens the log for appending after its first {@code length} bytes (what read whole). */
  static EvaluationLog appendAfter(Path file, long length) throws IOException {
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    channel.truncate(length);
    channel.position(length);
    return new EvaluationLog(channel);
  }

  static Read read(Path file) throws IOException {
    List<Entry> entries = new ArrayList<>();
    if (!Files.exists(file)) {
      return new Read(entries, 0);
    }
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    long length = 0;
    while (in.remaining() >= 12) {
      int size = in.getInt();
      if (size < 0 || size > in.remaining() - 8) {
        break;
      }
      byte[] payload = new byte[size];
      in.get(payload);
      long crc = in.getLong();
      CRC32 check = new CRC32();
      check.update(payload);
      if (check.getValue() != crc) {
        break;
      }
      entries.add(decode(payload));
      length = in.position();
    }
    return new Read(entries, length);
  }

  /** Appends an iteration and forces it to disk, so a kill after this loses nothing of it. */
  void append(Entry entry) throws IOException {
    byte[] payload = encode(entry);
    CRC32 crc = new CRC32();
    crc.update(payload);
    ByteBuffer out = ByteBuffer.allocate(payload.length + 12);
    out.putInt(payload.length).put(payload).putLong(crc.getValue()).flip();
    while (out.hasRemaining()) {
      channel.write(out);
    }
    channel.force(false);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private static byte[] encode(Entry entry) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeBoolean(entry.points() != null);
      if (entry.points() != null) {
        write(out, entry.points());
      }
      write(out, entry.batch());
    }
    return bytes.toByteArray();
  }

  private static void write(DataOutputStream out, Evaluation e) throws IOException {
    int n = e.objectives().length;
    int k = n == 0 ? 0 : e.measures()[0].length;
    boolean gradients = e.jacobians() != null;
    int d = gradients && n > 0 ? e.jacobians()[0][0].length : 0;
    out.writeInt(n);
    out.writeInt(k);
    out.writeInt(d);
    out.writeBoolean(gradients);
    for (int i = 0; i < n; i++) {
      out.writeDouble(e.objectives()[i]);
      for (double m : e.measures()[i]) {
        out.writeDouble(m);
      }
      if (gradients) {
        for (double[] row : e.jacobians()[i]) {
          for (double g : row) {
            out.writeDouble(g);
          }
        }
      }
    }
  }

  private static Entry decode(byte[] payload) throws IOException {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload))) {
      Evaluation points = in.readBoolean() ? read(in) : null;
      return new Entry(points, read(in));
    } catch (EOFException e) {
      throw new IOException("a search's evaluations.log record is shorter than it says", e);
    }
  }

  private static Evaluation read(DataInputStream in) throws IOException {
    int n = in.readInt();
    int k = in.readInt();
    int d = in.readInt();
    boolean gradients = in.readBoolean();
    double[] objectives = new double[n];
    double[][] measures = new double[n][k];
    double[][][] jacobians = gradients ? new double[n][k + 1][d] : null;
    for (int i = 0; i < n; i++) {
      objectives[i] = in.readDouble();
      for (int j = 0; j < k; j++) {
        measures[i][j] = in.readDouble();
      }
      if (gradients) {
        for (int q = 0; q <= k; q++) {
          for (int c = 0; c < d; c++) {
            jacobians[i][q][c] = in.readDouble();
          }
        }
      }
    }
    return new Evaluation(objectives, measures, jacobians);
  }
}
