package org.rcpmodel.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.examples.timeline.TimelineSvg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rcp timeline}: draws a process's participations and chair terms as SVG. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"Draw a process's participations and chair terms on a time axis as SVG.",
        "Hatched stretches show where a partial date may lie."})
final class TimelineCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = {"The document: a file, or the id of a bundled dataset "
      + "(see rcp datasets). A file that exists wins over a dataset of the same name."})
  Path file;

  @Option(names = "--process", required = true, paramLabel = "ID", description = "The id of the process.")
  String processId;

  @Option(names = "--out", required = true, paramLabel = "FILE.svg", description = "Where to write the picture.")
  Path out;

  @Override
  public Integer call() {
    Document document = Inputs.read(file, false).document();
    ConsultativeProcess process = Inputs.process(document, processId, file);
    write(TimelineSvg.asOf(LocalDate.now()).render(process), out);
    spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
    return Rcp.OK;
  }

  /** A temporary file is private to its owner; the picture is an ordinary output file, readable by all. */
  private static void readableByAll(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** Writes through a temporary file in the same directory, so a failure leaves no half-written picture. */
  static void write(String svg, Path target) {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new CliException(Rcp.BAD_INPUT, target + ": is a directory, expected a file name such as timeline.svg");
    }
    Path dir = absolute.getParent();
    try {
      Path temp = Files.createTempFile(dir, ".rcp-timeline", ".svg.tmp");
      try {
        Files.writeString(temp, svg, StandardCharsets.UTF_8);
        readableByAll(temp);
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new CliException(Rcp.BAD_INPUT, target + ": cannot write: " + e, e);
    }
  }
}
