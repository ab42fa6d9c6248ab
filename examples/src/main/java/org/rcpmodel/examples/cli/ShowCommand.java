package org.rcpmodel.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.time.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rcp show}: the summary of any document, as {@code rcp demo} prints the bundled one. */
@Command(name = "show", mixinStandardHelpOptions = true,
    header = "Summarise a document in words.",
    description = "Summarise a document: for each process its participants on a date, chair history, meetings, declarations and figures in words, then its sources and the validation summary. Names are those of the document's as-of date; answers marked (maybe) are allowed but not proven.")
final class ShowCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = {"The document, - for standard input, or the id of a "
      + "bundled dataset (see rcp datasets). A file that exists wins over a dataset of the same name."})
  Path file;

  @Option(names = "--process", paramLabel = "ID", description = "Only this process (default: every process).")
  String processId;

  @Option(names = "--at", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "The roster date: YYYY, YYYY-MM or YYYY-MM-DD (default: the document's as-of date).")
  PartialDate at;

  @Option(names = "--lang", defaultValue = "en", description = "Language of validation messages: en or ru.")
  String lang;

  @Override
  public Integer call() {
    java.util.Locale locale = Inputs.locale(lang);
    Document document = Inputs.read(file, false).document();
    show(document, processId == null ? document.getProcesses() : List.of(Inputs.process(document, processId, file)),
        at, locale, spec.commandLine().getOut());
    return Rcp.OK;
  }

  static void show(Document document, List<ConsultativeProcess> processes, PartialDate at, java.util.Locale locale,
      java.io.PrintWriter out) {
    Summary summary = new Summary(document);
    summary.print(processes, at == null ? summary.defaultDate() : at, locale, out);
  }
}
