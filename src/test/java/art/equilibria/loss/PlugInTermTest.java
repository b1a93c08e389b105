package art.equilibria.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.PieceReader;
import art.equilibria.piece.TermCatalogue;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loss term of an artist's own, built here into a jar of its own as a plug-in author would, is
 * found beside the built-in terms and can be named in a piece.
 */
class PlugInTermTest {
  private static final String SOURCE =
      """
      package example;

      import ai.djl.ndarray.NDArray;
      import art.equilibria.loss.LossInputs;
      import art.equilibria.loss.LossTerm;
      import art.equilibria.loss.TermOptions;
      import art.equilibria.piece.NetworkKind;
      import java.util.Set;

      /** Darker pictures: the mean of the trained generator's images. */
      public final class Darkness implements LossTerm {
        public String name() { return "darkness"; }
        public String summary() { return "a generator learns to make darker pictures"; }
        public Set<NetworkKind> trains() { return Set.of(NetworkKind.GENERATOR); }
        public NDArray compute(LossInputs in, TermOptions options) {
          return in.images(in.trained()).mean();
        }
      }
      """;

  private static Path plugInJar(Path dir) throws IOException {
    Path src = dir.resolve("src/example/Darkness.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, SOURCE);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-d",
            classes.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            src.toString());
    assertEquals(0, status, "the plug-in compiles against Equilibria");
    Path jar = dir.resolve("darkness.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      put(
          out,
          "example/Darkness.class",
          Files.readAllBytes(classes.resolve("example/Darkness.class")));
      put(
          out,
          "META-INF/services/art.equilibria.loss.LossTerm",
          "example.Darkness\n".getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(bytes);
    out.closeEntry();
  }

  private static String pieceUsing(String term) throws IOException {
    return Files.readString(Path.of("src/test/resources/pieces/tiny.yaml"))
        .replace("g1: [adversarial,", "g1: [" + term + ",");
  }

  @Test
  void aTermInAJarBesideIsFoundListedAsAPlugInAndReadInAPiece(@TempDir Path dir) throws Exception {
    Path jar = plugInJar(dir);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      LossTerms terms = LossTerms.loadedBy(loader);
      assertTrue(
          terms.names().containsAll(List.of("darkness", "cosine")), terms.names().toString());
      assertEquals(List.of("darkness"), List.copyOf(terms.plugIns().keySet()));
      assertTrue(terms.plugIns().get("darkness").endsWith("darkness.jar"));

      String piece = pieceUsing("darkness");
      assertTrue(piece.contains("darkness"), piece);
      PieceReader.parse(piece, "tiny.yaml", terms);
      PieceException without =
          assertThrows(
              PieceException.class,
              () -> PieceReader.parse(piece, "tiny.yaml", LossTerms.installed()));
      assertTrue(without.getMessage().contains("unknown term 'darkness'"), without.getMessage());
    }
  }

  @Test
  void aFinishedRunsPieceReadsWithoutThePlugIn() throws Exception {
    String piece =
        pieceUsing("darkness")
            .replace("g1: [darkness,", "g1: [{term: darkness, options: {depth: 3}},");
    assertTrue(piece.contains("depth: 3"), piece);
    Piece read =
        PieceReader.parse(
            piece, "piece.yaml", TermCatalogue.forFinishedRuns(LossTerms.installed()));
    assertEquals("darkness", read.termsOf("g1").get(0).term());
    assertEquals(3.0, read.termsOf("g1").get(0).options().get("depth"));
  }

  @Test
  void theBuiltInTermsAreNoPlugIns() {
    assertEquals(List.of(), List.copyOf(LossTerms.installed().plugIns().keySet()));
  }
}
