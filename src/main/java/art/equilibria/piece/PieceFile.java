package art.equilibria.piece;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A piece file's bytes, read once: the piece is parsed from them and a run freezes exactly them, so
 * a piece from a pipe ({@code /dev/stdin}), which can be read only once, is the same in both. At
 * most {@link #LIMIT} bytes are read from anything, so a device that never ends ({@code /dev/zero})
 * or a huge file is refused before it is parsed.
 */
public final class PieceFile {
  /** The largest piece file read; the shipped pieces are a few kilobytes. */
  public static final int LIMIT = 1 << 20;

  private final Path path;
  private final byte[] bytes;

  private PieceFile(Path path, byte[] bytes) {
    this.path = path;
    this.bytes = bytes;
  }

  /**
   * Reads a piece file, a pipe or a device, up to {@link #LIMIT} bytes.
   *
   * @throws PieceException naming the file when it is missing, a folder, unreadable or too large
   */
  public static PieceFile read(Path file) throws PieceException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new PieceException(name, 0, "", "is a folder, not a piece file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(LIMIT + 1);
    } catch (NoSuchFileException e) {
      throw new PieceException(name, 0, "", "no such file; check the path");
    } catch (IOException e) {
      throw new PieceException(name, 0, "", "cannot be read; check that it is a readable file");
    }
    if (bytes.length > LIMIT) {
      throw new PieceException(
          name,
          0,
          "",
          "is larger than 1 MiB, the most a piece file may be; a piece is a short text file, so"
              + " check that this is the piece you meant");
    }
    return new PieceFile(file, bytes);
  }

  /** The same piece file with other bytes (its fields set on the command line). */
  PieceFile withBytes(byte[] edited) {
    return new PieceFile(path, edited.clone());
  }

  public Path path() {
    return path;
  }

  /** The name messages give the piece: its path as given. */
  public String name() {
    return path.toString();
  }

  /** The bytes as read (a copy). */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The text, decoded as UTF-8.
   *
   * @throws PieceException when the bytes are not UTF-8
   */
  public String text() throws PieceException {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new PieceException(name(), 0, "", "is not UTF-8 text; save the piece as UTF-8");
    }
  }

  /** The SHA-256 of the bytes, in hex: what a run records of its frozen piece. */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
