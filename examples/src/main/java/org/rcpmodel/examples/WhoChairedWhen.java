package org.rcpmodel.examples;

import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Participant;
import org.rcpmodel.Role;
import org.rcpmodel.query.ProcessQuery;
import org.rcpmodel.time.PartialDate;

/**
 * Example: ask who chaired when, and whether a participant held a role, with yes/no/maybe answers.
 *
 * <p>Run: {@code java -cp examples/target/rcp.jar org.rcpmodel.examples.WhoChairedWhen}
 */
public final class WhoChairedWhen {

  private WhoChairedWhen() {}

  /**
   * Prints the answers.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ConsultativeProcess almaty = BuildAProcess.build();
    ProcessQuery query = ProcessQuery.of(almaty);

    for (String date : new String[] {"2015-03-01", "2016-11", "2016-11-20", "2017"}) {
      query.chairsOn(PartialDate.parse(date))
          .forEach(h -> System.out.println("chair on " + date + ": " + h.chair().id() + " " + h.answer()));
    }
    System.out.println("Italy a member on 2025-04-24? "
        + query.holds(Participant.state("ITA"), Role.MEMBER, PartialDate.parse("2025-04-24")));
    System.out.println("Italy an observer on 2025-04-24? "
        + query.holds(Participant.state("ITA"), Role.OBSERVER, PartialDate.parse("2025-04-24")));
    System.out.println("Italy an observer in 2020? "
        + query.holds(Participant.state("ITA"), Role.OBSERVER, PartialDate.parse("2020")));
  }
}
