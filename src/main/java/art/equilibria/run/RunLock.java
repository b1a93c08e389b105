package art.equilibria.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Makes one process the only one training a run: an operating-system lock on the run's {@code
 * .training.lock}, held for the whole training and dropped by the system when the process ends,
 * however it ends ({@code kill -9} too). The file names its holder for the message a second writer
 * gets; the lock, not the file, is what counts, so a file left by a killed process is taken over.
 * Renders only read a run's training, so they take no lock and may run side by side.
 */
public final class RunLock implements AutoCloseable {
  static final String FILE = ".training.lock";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FileChannel channel;
  private final FileLock lock;

  /** The process that holds a run, as its lock file says. */
  record Holder(long pid, String host) {
    static Holder self() {
      String host;
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "an unnamed host";
      }
      return new Holder(ProcessHandle.current().pid(), host);
    }

    @Override
    public String toString() {
      return "process " + pid + " on " + host;
    }
  }

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks a run folder for writing.
   *
   * @param notes hears, in one line, that a lock left by a process that ended was taken over
   * @throws RunException naming the run and the holder when another training holds it
   */
  public static RunLock take(RunFolder run, Consumer<String> notes)
      throws IOException, RunException {
    FileChannel channel =
        FileChannel.open(
            run.dir().resolve(FILE),
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException heldInThisProcess) {
        lock = null;
      }
      Optional<Holder> previous = holder(channel);
      if (lock == null) {
        throw new RunException(
            run.dir()
                + ": another training is writing this run ("
                + previous.map(Holder::toString).orElse("its process is not named yet")
                + "); wait for it to end or stop it, then train --resume");
      }
      Holder self = Holder.self();
      previous
          .filter(p -> p.pid() != self.pid())
          .ifPresent(
              p ->
                  notes.accept(
                      "taking over "
                          + run.dir()
                          + " from "
                          + p
                          + ", which ended without releasing it"));
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(JSON.writeValueAsBytes(self)), 0);
      return new RunLock(channel, lock);
    } catch (IOException | RunException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Whether a training holds the run now: a live process, not what run.json last said. Reads
   * nothing and writes nothing; the lock, if free, is dropped at once.
   */
  public static boolean isHeld(RunFolder run) throws IOException {
    java.nio.file.Path file = run.dir().resolve(FILE);
    if (!java.nio.file.Files.exists(file)) {
      return false;
    }
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException heldInThisProcess) {
      return true;
    }
  }

  /** The holder the file names, if it names one (it is empty once released). */
  private static Optional<Holder> holder(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size == 0 || size > 4096) {
      return Optional.empty();
    }
    ByteBuffer bytes = ByteBuffer.allocate((int) size);
    while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) >= 0) {
      // Read to the end.
    }
    try {
      return Optional.of(JSON.readValue(bytes.array(), 0, bytes.position(), Holder.class));
    } catch (IOException damaged) {
      return Optional.empty();
    }
  }

  /** Empties the file, so the next writer knows this one ended in order, and drops the lock. */
  @Override
  public void close() throws IOException {
    try (channel) {
      channel.truncate(0);
      lock.release();
    }
  }
}
