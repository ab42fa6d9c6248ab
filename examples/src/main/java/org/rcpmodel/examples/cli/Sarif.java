package org.rcpmodel.examples.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rcpmodel.json.Codes;
import org.rcpmodel.json.PointerLocator;
import org.rcpmodel.validation.Rule;
import org.rcpmodel.validation.RuleCatalogue;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * {@code rcp validate --format sarif}: one SARIF 2.1.0 log with one run for all the files validated,
 * for CI systems that show static-analysis results. The run's rules are the rule catalogue's, followed
 * by the codes of reading failures that the catalogue does not hold; each result names its rule (id and
 * index), its level ({@code error}, {@code warning}, {@code note}), its message, and one location: the
 * file as an artifact URI with the line:column region where known, and the JSON Pointer as a logical
 * location.
 */
final class Sarif {

  static final String VERSION = "2.1.0";
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Reading failures, which are not validation rules but are reported like them. */
  private static final Map<String, String> READ_CODES = Map.of(
      Codes.MALFORMED, "The input is not well-formed JSON, is empty, or has content after the document.",
      Codes.DUPLICATE_KEY, "An object has the same property twice.",
      Codes.LIMIT, "The input exceeds one of the reading limits.",
      Codes.FIELD_UNKNOWN, "A property the format does not define.",
      Codes.DATE_INVALID, "A date or period string is not an ISO 8601 / EDTF date or interval.",
      Codes.IO, "The input could not be read (missing file, unreadable directory, I/O failure).");

  private Sarif() {}

  static void print(PrintWriter out, List<ValidateCommand.Checked> files) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<Rule> catalogue = RuleCatalogue.rules();
    for (Rule rule : catalogue) {
      index.putIfAbsent(rule.code(), index.size());
    }
    List<String> readCodes = READ_CODES.keySet().stream().sorted().filter(c -> !index.containsKey(c)).toList();
    for (String code : readCodes) {
      index.put(code, index.size());
    }
    try (JsonGenerator g = Inputs.JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("$schema", SCHEMA);
      g.writeStringProperty("version", VERSION);
      g.writeArrayPropertyStart("runs");
      g.writeStartObject();
      g.writeObjectPropertyStart("tool");
      g.writeObjectPropertyStart("driver");
      g.writeStringProperty("name", "rcp");
      g.writeStringProperty("version", new Rcp.Version().getVersion()[0].substring("rcp ".length()));
      g.writeArrayPropertyStart("rules");
      for (Rule rule : catalogue) {
        if (index.get(rule.code()) == null) {
          continue;
        }
        rule(g, rule.code(), rule.description(), rule.severity());
      }
      for (String code : readCodes) {
        rule(g, code, READ_CODES.get(code), Severity.ERROR);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayPropertyStart("results");
      for (ValidateCommand.Checked file : files) {
        for (Violation v : file.violations()) {
          result(g, file.file(), v, file.positions().get(v), index.get(v.code()));
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static void rule(JsonGenerator g, String code, String description, Severity severity) {
    g.writeStartObject();
    g.writeStringProperty("id", code);
    g.writeObjectPropertyStart("shortDescription");
    g.writeStringProperty("text", description);
    g.writeEndObject();
    g.writeObjectPropertyStart("defaultConfiguration");
    g.writeStringProperty("level", level(severity));
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, Path file, Violation v, PointerLocator.Position at, Integer ruleIndex) {
    g.writeStartObject();
    g.writeStringProperty("ruleId", v.code());
    if (ruleIndex != null) {
      g.writeNumberProperty("ruleIndex", ruleIndex);
    }
    g.writeStringProperty("level", level(v.severity()));
    g.writeObjectPropertyStart("message");
    g.writeStringProperty("text", v.message());
    g.writeEndObject();
    g.writeArrayPropertyStart("locations");
    g.writeStartObject();
    g.writeObjectPropertyStart("physicalLocation");
    g.writeObjectPropertyStart("artifactLocation");
    g.writeStringProperty("uri", uri(file));
    g.writeEndObject();
    if (at != null) {
      g.writeObjectPropertyStart("region");
      g.writeNumberProperty("startLine", at.line());
      g.writeNumberProperty("startColumn", at.column());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeArrayPropertyStart("logicalLocations");
    g.writeStartObject();
    g.writeStringProperty("fullyQualifiedName", v.path().isEmpty() ? "/" : v.path());
    g.writeStringProperty("kind", "element");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * The artifact URI of a file: a relative reference with {@code /} separators for a relative path
   * (what CI systems resolve against the checkout), a {@code file:} URI for an absolute one.
   */
  static String uri(Path file) {
    if (file.toString().equals(Inputs.STANDARD_INPUT)) {
      return "stdin";
    }
    if (file.isAbsolute()) {
      return file.toUri().toString();
    }
    StringBuilder path = new StringBuilder();
    for (Path part : file) {
      if (path.length() > 0) {
        path.append('/');
      }
      path.append(part);
    }
    try {
      return new URI(null, null, path.toString(), null).toASCIIString();
    } catch (URISyntaxException e) {
      return file.toAbsolutePath().toUri().toString();
    }
  }
}
