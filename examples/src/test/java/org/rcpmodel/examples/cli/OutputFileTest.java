package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

  @TempDir
  Path dir;

  private final PrintWriter stdout = new PrintWriter(new StringWriter());

  @BeforeEach
  void posixOnly() throws Exception {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "a POSIX file system");
  }

  private static OutputFile.Outcome write(Path target, List<Path> inputs, String text) {
    return OutputFile.write(target, inputs, new PrintWriter(new StringWriter()), w -> w.write(text));
  }

  private List<String> names() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String mode(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void aNewFileGetsWhatTheUmaskGivesAnyNewFile() throws Exception {
    Path ordinary = Files.createFile(dir.resolve("ordinary"));

    assertThat(write(dir.resolve("new.svg"), List.of(), "<svg/>")).isEqualTo(OutputFile.Outcome.CREATED);

    assertThat(Files.readString(dir.resolve("new.svg"))).isEqualTo("<svg/>");
    assertThat(mode(dir.resolve("new.svg"))).isEqualTo(mode(ordinary));
    assertThat(names()).containsExactly("new.svg", "ordinary");
  }

  @Test
  void aReplacedFileKeepsItsPrivateMode() throws Exception {
    Path file = Files.writeString(dir.resolve("private.svg"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    assertThat(write(file, List.of(), "new")).isEqualTo(OutputFile.Outcome.REPLACED);

    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(mode(file)).isEqualTo("rw-------");
    assertThat(names()).containsExactly("private.svg");
  }

  @Test
  void aReadOnlyFileIsRefusedEvenToRoot() throws Exception {
    Path file = Files.writeString(dir.resolve("locked.svg"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

    assertThatThrownBy(() -> write(file, List.of(), "new")).isInstanceOf(CliException.class)
        .hasMessageContaining("locked.svg: is read-only; refusing to replace it");

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(mode(file)).isEqualTo("r--r--r--");
  }

  @Test
  void aSymbolicLinkIsRefusedAndLeftPointingWhereItPointed() throws Exception {
    Path target = Files.writeString(dir.resolve("target.svg"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.svg"), target);

    assertThatThrownBy(() -> write(link, List.of(), "new")).isInstanceOf(CliException.class)
        .hasMessageContaining("link.svg: is a symbolic link; refusing to replace or follow it");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("old");
  }

  @Test
  void theInputDocumentIsRefusedAsTheOutput() throws Exception {
    Path input = Files.writeString(dir.resolve("doc.json"), "{}");

    assertThatThrownBy(() -> write(dir.resolve(".").resolve("doc.json"), List.of(input), "<svg/>"))
        .isInstanceOf(CliException.class).hasMessageContaining("is the input document; refusing to overwrite it");

    assertThat(Files.readString(input)).isEqualTo("{}");
  }

  @Test
  void aFailureWhileWritingLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
    Path file = Files.writeString(dir.resolve("picture.svg"), "old");

    assertThatThrownBy(() -> OutputFile.write(file, List.of(), stdout, w -> {
      w.write("half");
      throw new IOException("the disk is full");
    })).isInstanceOf(CliException.class).hasMessageContaining("picture.svg: cannot write: the disk is full");

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(names()).containsExactly("picture.svg");
  }

  @Test
  void aMissingDirectoryIsNamedBeforeAnyWork() {
    assertThatThrownBy(() -> OutputFile.check(dir.resolve("missing/out.svg"), List.of()))
        .isInstanceOf(CliException.class).hasMessageContaining("does not exist; nothing was written");
    assertThatThrownBy(() -> OutputFile.checkDirectory(dir.resolve("missing")))
        .isInstanceOf(CliException.class).hasMessageContaining("missing: no such directory");
  }

  @Test
  void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
    Path fifo = dir.resolve("pipe.svg");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo works here");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    OutputFile.Outcome outcome = write(fifo, List.of(), "<svg>through</svg>");

    assertThat(outcome).isEqualTo(OutputFile.Outcome.WRITTEN_THROUGH);
    assertThat(reader.get(60, TimeUnit.SECONDS)).isEqualTo("<svg>through</svg>");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(OutputFile.describe(outcome, fifo)).contains("wrote through", "FIFO", "not replaced");
    assertThat(names()).containsExactly("pipe.svg");
  }

  @Test
  void aCharacterDeviceIsWrittenThroughNotReplaced() throws Exception {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "/dev/null is a device here");

    assertThat(write(devNull, List.of(), "<svg/>")).isEqualTo(OutputFile.Outcome.WRITTEN_THROUGH);

    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(OutputFile.describe(OutputFile.Outcome.WRITTEN_THROUGH, devNull)).contains("character device");
  }

  @Test
  void aSymbolicLinkToADeviceIsWrittenThroughAndStaysALink() throws Exception {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "/dev/null is a device here");
    Path link = Files.createSymbolicLink(dir.resolve("null.svg"), devNull);

    assertThat(write(link, List.of(), "<svg/>")).isEqualTo(OutputFile.Outcome.WRITTEN_THROUGH);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(OutputFile.describe(OutputFile.Outcome.WRITTEN_THROUGH, link)).contains("character device");
  }

  @Test
  void aDashIsStandardOutput() {
    StringWriter out = new StringWriter();

    OutputFile.Outcome outcome = OutputFile.write(Path.of("-"), List.of(), new PrintWriter(out), w -> w.write("<svg/>"));

    assertThat(outcome).isEqualTo(OutputFile.Outcome.STANDARD_OUTPUT);
    assertThat(out.toString()).isEqualTo("<svg/>");
  }
}
