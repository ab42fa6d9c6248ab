package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcpmodel.Document;

/** {@link RcpJson#write(Document, RcpJson.Layout, Path)} keeps an existing file's mode and gives a new one the umask's. */
class WriteFilePermissionsTest {

  @TempDir
  Path dir;

  private final Document document = Document.builder().title("permissions").build();

  @BeforeEach
  void posixOnly() throws Exception {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "a POSIX file system");
  }

  @Test
  void aReplacedFileKeepsItsPrivateMode() throws Exception {
    Path file = Files.writeString(dir.resolve("private.json"), "{}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    RcpJson.strict().write(document, RcpJson.Layout.PRETTY, file);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(Files.readString(file)).contains("permissions");
  }

  @Test
  void aReplacedFileKeepsAWiderModeThanTheUmaskWouldGive() throws Exception {
    Path file = Files.writeString(dir.resolve("shared.json"), "{}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));

    RcpJson.strict().write(document, RcpJson.Layout.COMPACT, file);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-rw-");
  }

  @Test
  void aNewFileGetsWhatTheUmaskGivesAnyNewFileNotAlways0600() throws Exception {
    // Whatever this process's umask is, a file it creates the ordinary way shows what the umask gives.
    Path ordinary = Files.createFile(dir.resolve("ordinary"));
    Path written = dir.resolve("new.json");

    RcpJson.strict().write(document, RcpJson.Layout.PRETTY, written);

    assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ordinary", "new.json");
    }
  }
}
