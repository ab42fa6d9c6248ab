package org.rcpmodel.validation;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rcpmodel.Document;

/** The model types, found on the class path rather than listed by hand (tests only). */
final class ModelTypes {

  private ModelTypes() {}

  /**
   * The classes of org.rcpmodel that Immutables implements (an {@code Immutable<Name>} class exists),
   * by name, from core's classes directory or jar.
   */
  static List<Class<?>> all() throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(Document.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return in(location.resolve("org/rcpmodel"));
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return in(jar.getPath("/org/rcpmodel"));
    }
  }

  private static List<Class<?>> in(Path dir) throws IOException, ClassNotFoundException {
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && Files.exists(dir.resolve("Immutable" + name))) {
          out.add(Class.forName("org.rcpmodel." + name.substring(0, name.length() - ".class".length())));
        }
      }
    }
    return out;
  }
}
