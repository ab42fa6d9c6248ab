package org.rcpmodel.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rcpmodel.validation.Rule;
import org.rcpmodel.validation.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/** {@code rcp rules}: prints the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Print the rule catalogue: every code, its severity and what it checks.")
final class RulesCommand implements Callable<Integer> {

  enum Format { text, json }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.text) {
      int width = RuleCatalogue.rules().stream().mapToInt(r -> r.code().length()).max().orElse(10);
      for (Rule rule : RuleCatalogue.rules()) {
        out.printf("%-" + width + "s  %-7s  %s%n", rule.code(), rule.severity(), rule.description());
      }
      return Rcp.OK;
    }
    try (JsonGenerator g = Inputs.JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartArray();
      for (Rule rule : RuleCatalogue.rules()) {
        g.writeStartObject();
        g.writeStringProperty("code", rule.code());
        g.writeStringProperty("severity", rule.severity().name());
        g.writeStringProperty("description", rule.description());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.println();
    return Rcp.OK;
  }
}
