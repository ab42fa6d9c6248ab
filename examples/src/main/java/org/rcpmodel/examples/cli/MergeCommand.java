package org.rcpmodel.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rcpmodel.Document;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.merge.DocumentMerge;
import org.rcpmodel.merge.IdCollisionException;
import org.rcpmodel.merge.InputRecord;
import org.rcpmodel.merge.MergeOutcome;
import org.rcpmodel.merge.MergeResult;
import org.rcpmodel.merge.MergedRecord;
import org.rcpmodel.merge.Rename;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/** {@code rcp merge}: merges documents from several sources into one, keeping disagreements side by side. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Merge rcp-model documents from several sources into one document.",
        "Records that agree become one record citing every source, with the most precise dates; records that "
            + "disagree stay side by side for 'rcp validate' to report as fact.conflict. Every input record is "
            + "accounted for in the report. The output is written atomically, and only when every input was read; "
            + "with --out - the document goes to standard output and the report to standard error."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:merged and written",
        "2:an input cannot be read or parsed, an id collision under --on-collision refuse, the output cannot be "
            + "written, or a usage error; nothing is written"})
final class MergeCommand implements Callable<Integer> {

  enum Format { text, json }

  enum OnCollision { rename, refuse }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The documents to merge, in order (input 1, 2, ...).")
  List<Path> files;

  @Option(names = "--out", required = true, paramLabel = "MERGED.json",
      description = "Where to write the merged document (- for standard output); never one of the inputs.")
  Path out;

  @Option(names = "--format", defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--on-collision", defaultValue = "rename", paramLabel = "POLICY",
      description = "When two inputs use one id for different things: rename the later one and report it, "
          + "or refuse to merge (default: ${DEFAULT-VALUE}).")
  OnCollision onCollision;

  @Override
  public Integer call() {
    OutputFile.check(out, files);
    List<Document> documents = new ArrayList<>();
    for (Path file : files) {
      documents.add(Inputs.read(file, false).document());
    }
    MergeResult result;
    try {
      result = DocumentMerge.merge(documents,
          onCollision == OnCollision.refuse ? DocumentMerge.OnIdCollision.REFUSE : DocumentMerge.OnIdCollision.RENAME);
    } catch (IdCollisionException e) {
      throw new CliException(Rcp.BAD_INPUT, "refused: " + TerminalText.safe(e.getMessage()) + " (inputs: " + inputs()
          + "; --on-collision rename would rename it); nothing was written", e);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    OutputFile.Outcome outcome = OutputFile.write(out, files, stdout,
        w -> RcpJson.strict().write(result.document(), RcpJson.Layout.PRETTY, w));
    // With --out - the merged document is standard output, so the report goes to standard error.
    PrintWriter printer = outcome == OutputFile.Outcome.STANDARD_OUTPUT ? spec.commandLine().getErr() : stdout;
    if (format == Format.json) {
      printJson(printer, result);
    } else {
      printText(printer, result);
    }
    return Rcp.OK;
  }

  private String inputs() {
    List<String> named = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      named.add("input " + (i + 1) + " = " + TerminalText.safe(files.get(i)));
    }
    return String.join(", ", named);
  }

  private String file(InputRecord r) {
    return TerminalText.safe(files.get(r.input())) + "#" + r.pointer();
  }

  private void printText(PrintWriter printer, MergeResult result) {
    List<MergedRecord> records = result.records();
    printer.println("merged " + files.size() + " documents into " + TerminalText.safe(out) + ": " + records.size() + " records ("
        + result.withOutcome(MergeOutcome.MERGED).size() + " merged, " + result.withOutcome(MergeOutcome.KEPT_APART).size()
        + " kept apart, " + result.withOutcome(MergeOutcome.RENAMED).size() + " renamed, "
        + result.withOutcome(MergeOutcome.KEPT).size() + " kept from one input)");
    for (int i = 0; i < files.size(); i++) {
      printer.println("  input " + (i + 1) + ": " + TerminalText.safe(files.get(i)));
    }
    for (Rename rename : result.renames()) {
      printer.println("  renamed    " + rename.record().code() + " '" + TerminalText.safe(rename.oldId()) + "' of "
          + file(rename.from()) + " to '" + TerminalText.safe(rename.newId()) + "': " + TerminalText.safe(rename.reason()));
    }
    for (MergedRecord r : records) {
      if (r.outcome() == MergeOutcome.KEPT && r.notes().isEmpty()) {
        continue;
      }
      String label = switch (r.outcome()) {
        case MERGED -> "merged    ";
        case KEPT_APART -> "kept apart";
        case RENAMED -> "renamed   ";
        case KEPT -> "kept      ";
      };
      List<String> from = r.from().stream().map(this::file).toList();
      printer.println("  " + label + " " + r.pointer() + " " + TerminalText.safe(r.subject()) + " <- " + String.join(", ", from));
      for (String note : r.notes()) {
        printer.println("             note: " + TerminalText.safe(note));
      }
    }
    for (String note : result.notes()) {
      printer.println("  note: " + TerminalText.safe(note));
    }
  }

  private void printJson(PrintWriter printer, MergeResult result) {
    try (JsonGenerator g = Inputs.JSON.createGenerator(ObjectWriteContext.empty(), printer)) {
      g.writeStartObject();
      g.writeStringProperty("out", out.toString());
      g.writeArrayPropertyStart("inputs");
      for (Path file : files) {
        g.writeString(file.toString());
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("records");
      for (MergedRecord r : result.records()) {
        g.writeStartObject();
        g.writeStringProperty("record", r.record().code());
        g.writeStringProperty("pointer", r.pointer());
        g.writeStringProperty("outcome", r.outcome().code());
        g.writeStringProperty("subject", r.subject());
        g.writeArrayPropertyStart("from");
        for (InputRecord from : r.from()) {
          g.writeStartObject();
          g.writeNumberProperty("input", from.input() + 1);
          g.writeStringProperty("file", files.get(from.input()).toString());
          g.writeStringProperty("pointer", from.pointer());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("notes");
        for (String note : r.notes()) {
          g.writeString(note);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("renames");
      for (Rename rename : result.renames()) {
        g.writeStartObject();
        g.writeStringProperty("record", rename.record().code());
        g.writeNumberProperty("input", rename.from().input() + 1);
        g.writeStringProperty("pointer", rename.from().pointer());
        g.writeStringProperty("from", rename.oldId());
        g.writeStringProperty("to", rename.newId());
        g.writeStringProperty("reason", rename.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("notes");
      for (String note : result.notes()) {
        g.writeString(note);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    printer.println();
  }
}
