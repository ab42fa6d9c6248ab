package org.rcpmodel.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.examples.Datasets;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/** {@code rcp datasets}: lists the bundled reference datasets; {@code rcp datasets export DIR} writes them. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
    description = {"List the reference datasets bundled in the tool: id, process name, kind, number of",
        "records that cite sources, and validation findings by severity.",
        "A dataset id can be given wherever roster and timeline take a FILE."},
    subcommands = DatasetsCommand.Export.class)
final class DatasetsCommand implements Callable<Integer> {

  enum Format { text, json }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  /** One line of the listing. */
  record Row(String id, String name, String kind, int records, int errors, int warnings, int infos) {}

  static List<Row> rows() {
    return Datasets.all().stream().map(d -> {
      Document document = Inputs.readDataset(d, false).document();
      ConsultativeProcess process = document.getProcesses().get(0);
      ValidationReport report = RcpValidator.validate(document);
      return new Row(d.id(), process.getName(), process.getKind().name(), d.records(),
          report.withSeverity(Severity.ERROR).size(), report.withSeverity(Severity.WARNING).size(),
          report.withSeverity(Severity.INFO).size());
    }).toList();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Row> rows = rows();
    if (format == Format.text) {
      int idWidth = rows.stream().mapToInt(r -> r.id().length()).max().orElse(2);
      out.printf("%-" + idWidth + "s  %-4s  %7s  %6s  %8s  %4s  %s%n", "id", "kind", "records", "errors", "warnings", "info", "name");
      for (Row r : rows) {
        out.printf("%-" + idWidth + "s  %-4s  %7d  %6d  %8d  %4d  %s%n", r.id(), r.kind(), r.records(), r.errors(),
            r.warnings(), r.infos(), TerminalText.safe(r.name()));
      }
      return Rcp.OK;
    }
    try (JsonGenerator g = Inputs.JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartArray();
      for (Row r : rows) {
        g.writeStartObject();
        g.writeStringProperty("id", r.id());
        g.writeStringProperty("name", r.name());
        g.writeStringProperty("kind", r.kind());
        g.writeNumberProperty("records", r.records());
        g.writeObjectPropertyStart("findings");
        g.writeNumberProperty("ERROR", r.errors());
        g.writeNumberProperty("WARNING", r.warnings());
        g.writeNumberProperty("INFO", r.infos());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.println();
    return Rcp.OK;
  }

  /** {@code rcp datasets export DIR}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Write every bundled dataset to DIR as ID.json, exactly as it ships.",
          "DIR is created if missing; each file is written whole or not at all, replacing a file of that name."})
  static final class Export implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The directory to write into.")
    Path dir;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.exists(dir)) {
        try {
          Files.createDirectories(dir);
        } catch (IOException e) {
          throw new CliException(Rcp.BAD_INPUT, TerminalText.safe(dir) + ": cannot create the directory: "
              + TerminalText.safe(String.valueOf(e.getMessage())) + "; nothing was written", e);
        }
      }
      OutputFile.checkDirectory(dir);
      for (Datasets.Dataset d : Datasets.all()) {
        Path target = dir.resolve(d.fileName());
        OutputFile.check(target, List.of());
      }
      for (Datasets.Dataset d : Datasets.all()) {
        Path target = dir.resolve(d.fileName());
        String text = d.text();
        OutputFile.Outcome outcome = OutputFile.write(target, List.of(), out, w -> w.write(text));
        out.println(OutputFile.describe(outcome, target));
      }
      return Rcp.OK;
    }
  }
}
