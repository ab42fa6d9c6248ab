package org.rcpmodel.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rcpmodel.Document;
import org.rcpmodel.diff.Change;
import org.rcpmodel.diff.DocumentDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/** {@code rcp diff}: what changed between two snapshots of a document. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    header = "Show what changed between two snapshots of a document.",
    description = {"Show what changed between two snapshots of an rcp-model document: who joined, left or changed "
        + "role; chair terms added, ended or changed in status; dates refined (more precise, compatible) or changed; "
        + "meetings, declarations, figures and sources added, removed or changed; names changed."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:no difference", "1:differences", "2:a file cannot be read or parsed, or a usage error"})
final class DiffCommand implements Callable<Integer> {

  enum Format { text, json }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old snapshot.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new snapshot.")
  Path after;

  @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    Document old = Inputs.read(before, false).document();
    Document now = Inputs.read(after, false).document();
    DocumentDiff diff = DocumentDiff.between(old, now);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      printJson(out, diff);
    } else {
      out.println(TerminalText.safe(before) + " -> " + TerminalText.safe(after) + ": " + (diff.isEmpty() ? "no difference"
          : diff.changes().size() + (diff.changes().size() == 1 ? " change" : " changes")));
      for (Change change : diff.changes()) {
        out.println("  " + TerminalText.safe(change.toString()));
      }
    }
    return diff.isEmpty() ? Rcp.OK : Rcp.INVALID;
  }

  private void printJson(PrintWriter out, DocumentDiff diff) {
    try (JsonGenerator g = Inputs.JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("old", before.toString());
      g.writeStringProperty("new", after.toString());
      g.writeNumberProperty("changes", diff.changes().size());
      g.writeArrayPropertyStart("differences");
      for (Change c : diff.changes()) {
        g.writeStartObject();
        g.writeStringProperty("kind", c.kind().code());
        g.writeStringProperty("record", c.record().code());
        g.writeStringProperty("subject", c.subject());
        optional(g, "attribute", c.attribute());
        side(g, "before", c.beforePointer(), c.before());
        side(g, "after", c.afterPointer(), c.after());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static void side(JsonGenerator g, String name, Optional<String> pointer, Optional<String> value) {
    g.writeObjectPropertyStart(name);
    optional(g, "pointer", pointer);
    optional(g, "value", value);
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    } else {
      g.writeNullProperty(name);
    }
  }
}
