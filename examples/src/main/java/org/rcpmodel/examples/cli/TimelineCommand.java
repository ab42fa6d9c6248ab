package org.rcpmodel.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.Writer;
import org.rcpmodel.time.PartialDate;
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
        "Hatched stretches show where a partial date may lie, or what is not known (after the document's as-of date)."})
final class TimelineCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The document.")
  Path file;

  @Option(names = "--process", required = true, paramLabel = "ID", description = "The id of the process.")
  String processId;

  @Option(names = "--out", required = true, paramLabel = "FILE.svg", description = "Where to write the picture.")
  Path out;

  @Option(names = "--from", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "First date shown: YYYY, YYYY-MM or YYYY-MM-DD (default: the earliest date recorded).")
  PartialDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "Last date shown (default: the end of the year after the latest date recorded).")
  PartialDate to;

  @Override
  public Integer call() {
    Document document = Inputs.read(file, false).document();
    ConsultativeProcess process = Inputs.process(document, processId, file);
    TimelineSvg timeline = timeline(document, from, to);
    write(out, w -> timeline.write(process, w));
    spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
    return Rcp.OK;
  }

  /**
   * The renderer of a document's timeline between two optional dates, checked before anything is drawn.
   *
   * @throws CliException with exit code {@link Rcp#BAD_INPUT} when {@code to} lies before {@code from}
   */
  static TimelineSvg timeline(Document document, PartialDate from, PartialDate to) {
    if (from != null && to != null && to.latestEpochDay() < from.earliestEpochDay()) {
      throw new CliException(Rcp.BAD_INPUT, "--to " + to + " lies before --from " + from);
    }
    return TimelineSvg.of(document).from(from).to(to);
  }

  /** What writes an output file's content, streaming it to a writer. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /** A temporary file is private to its owner; the picture is an ordinary output file, readable by all. */
  private static void readableByAll(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** Writes through a temporary file in the same directory, so a failure leaves no half-written picture. */
  static void write(Path target, Body body) {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new CliException(Rcp.BAD_INPUT, target + ": is a directory, expected a file name such as timeline.svg");
    }
    Path dir = absolute.getParent();
    try {
      Path temp = Files.createTempFile(dir, ".rcp-timeline", ".svg.tmp");
      try {
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
          body.writeTo(writer);
        }
        readableByAll(temp);
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new CliException(Rcp.BAD_INPUT, target + ": cannot write: " + e, e);
    }
  }
}
