package art.equilibria.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import art.equilibria.piece.Piece;
import art.equilibria.piece.PieceException;
import art.equilibria.piece.PieceReader;
import art.equilibria.piece.TermCatalogue;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loss term of an artist's own, built here into a jar of its own as a plug-in author would, is
 * found beside the built-in terms and can be named in a piece.
 */
class PlugInTermTest {
  /** The example plug-in, a folder of its own as an author keeps it. */
  private static final Path EXAMPLE = Path.of("examples/darkness-term");

  /** Compiles the example's term and its test against Equilibria, as its author's build does. */
  private static void compile(Path classes, Path against, Path... sourceDirs) throws IOException {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "-d",
            classes.toString(),
            "-cp",
            System.getProperty("java.class.path") + File.pathSeparator + against));
    for (Path dir : sourceDirs) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
      }
    }
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(
        0, javac.run(null, null, null, args.toArray(String[]::new)), "the example compiles");
  }

  /** The example's jar: its classes and its service file. */
  private static Path plugInJar(Path dir) throws IOException {
    Path classes = dir.resolve("classes");
    compile(classes, classes, EXAMPLE.resolve("src/main/java"));
    Path jar = dir.resolve("darkness.jar");
    Path services = EXAMPLE.resolve("src/main/resources");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Stream.concat(Files.walk(classes), Files.walk(services))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path root = f.startsWith(classes) ? classes : services;
        put(
            out,
            root.relativize(f).toString().replace(File.separatorChar, '/'),
            Files.readAllBytes(f));
      }
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
  void theExamplesOwnTestPassesOnHandMadeImages(@TempDir Path dir) throws Exception {
    Path jar = plugInJar(dir);
    Path tests = dir.resolve("test-classes");
    compile(tests, jar, EXAMPLE.resolve("src/test/java"));
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL(), tests.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> test = loader.loadClass("example.DarknessTest");
      Constructor<?> make = test.getDeclaredConstructor();
      make.setAccessible(true);
      Object instance = make.newInstance();
      int ran = 0;
      for (Method m : test.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Test.class)) {
          m.setAccessible(true);
          try {
            m.invoke(instance);
          } catch (InvocationTargetException e) {
            throw new AssertionError("the example's " + m.getName() + " failed", e.getCause());
          }
          ran++;
        }
      }
      assertEquals(1, ran, "the example's tests");
    }
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
