package org.rcpmodel.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.json.ReadResult;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.ValidationReport;

/**
 * Example: load a document from a file, validate it and print each violation with its JSON Pointer.
 *
 * <p>Run: {@code java -cp examples/target/rcp.jar org.rcpmodel.examples.LoadAndValidate FILE [en|ru]}
 */
public final class LoadAndValidate {

  private LoadAndValidate() {}

  /**
   * Loads and validates one file.
   *
   * @param args the file, and optionally a language
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: LoadAndValidate FILE [en|ru]");
      System.exit(2);
    }
    try {
      ReadResult read = RcpJson.strict().read(Path.of(args[0]));
      ValidationReport report = RcpValidator.validate(read.document(),
          Locale.forLanguageTag(args.length > 1 ? args[1] : "en"));
      report.violations().forEach(v ->
          System.out.println(v.severity() + " " + v.code() + " at " + v.path() + ": " + v.message()));
      System.out.println(report.isValid() ? "no errors" : report.errors().size() + " errors");
      System.exit(report.isValid() ? 0 : 1);
    } catch (RcpJsonException e) {
      // Says where: file, line, column and JSON Pointer.
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }
}
