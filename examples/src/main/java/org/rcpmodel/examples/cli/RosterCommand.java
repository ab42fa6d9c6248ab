package org.rcpmodel.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.time.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rcp roster}: who holds which role and who chairs a process on a date. */
@Command(name = "roster", mixinStandardHelpOptions = true,
    description = {"Print who holds which role and who chairs a process on a date.",
        "Answers marked (maybe) are allowed but not proven by the records' partial dates."})
final class RosterCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = {"The document: a file, or the id of a bundled dataset "
      + "(see rcp datasets). A file that exists wins over a dataset of the same name."})
  Path file;

  @Option(names = "--process", required = true, paramLabel = "ID", description = "The id of the process.")
  String processId;

  @Option(names = "--at", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "The date: YYYY, YYYY-MM or YYYY-MM-DD (default: today).")
  PartialDate at;

  @Override
  public Integer call() {
    Document document = Inputs.read(file, false).document();
    ConsultativeProcess process = Inputs.process(document, processId, file);
    new Roster(document).print(process, at == null ? Inputs.today() : at, spec.commandLine().getOut());
    return Rcp.OK;
  }
}
