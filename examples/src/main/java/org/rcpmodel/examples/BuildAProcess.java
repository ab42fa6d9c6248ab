package org.rcpmodel.examples;

import org.rcpmodel.ChairStatus;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * Example: build part of the Almaty Process with builders, including a fact known only "as of" a
 * date, and print it.
 *
 * <p>Run: {@code java -cp examples/target/rcp.jar org.rcpmodel.examples.BuildAProcess}
 */
public final class BuildAProcess {

  private BuildAProcess() {}

  /**
   * Builds the process and prints it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(build());
  }

  /**
   * Builds a small Almaty Process with the bundled dataset's own dates: two founding members (from
   * 2013, end unknown), an observer known only as of April 2025, and the first two chair terms as
   * UNHCR dates them.
   *
   * @return the process, never null
   */
  public static ConsultativeProcess build() {
    return ConsultativeProcess.builder()
        .id("almaty-process")
        .name("Almaty Process")
        .kind(ProcessKind.RCP)
        .established(PartialDate.parse("2013"))
        .chairingRule(ChairingRule.builder().termMonths(24).build())
        .addParticipations(
            // Founding members: from the establishment in 2013; no page says when, or whether, it ended.
            Participation.builder().participant(Participant.state("KAZ")).role(Role.MEMBER)
                .period(Period.parse("2013/")).build(),
            Participation.builder().participant(Participant.state("KGZ")).role(Role.MEMBER)
                .period(Period.parse("2013/")).build(),
            // Known only as of the press release: no start date is invented.
            Participation.builder().participant(Participant.state("ITA")).role(Role.OBSERVER)
                .asOf(PartialDate.parse("2025-04-24")).build())
        .addChairs(
            Chairmanship.builder().addChairs(Participant.state("KAZ"))
                .period(Period.parse("2013-06/2016-11")).status(ChairStatus.PAST).build(),
            Chairmanship.builder().addChairs(Participant.state("KGZ"))
                .period(Period.parse("2016-11/2018-11")).status(ChairStatus.PAST).build())
        .build();
  }
}
