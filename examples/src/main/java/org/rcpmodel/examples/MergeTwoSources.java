package org.rcpmodel.examples;

import java.util.List;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.merge.DocumentMerge;
import org.rcpmodel.merge.MergeOutcome;
import org.rcpmodel.merge.MergeResult;
import org.rcpmodel.merge.MergedRecord;
import org.rcpmodel.time.Period;
import org.rcpmodel.validation.RcpValidator;

/**
 * Example: merge what two sources state about the Almaty Process into one document, see what was
 * merged and what was kept apart, and let the validator report where the sources disagree.
 *
 * <p>Run: {@code java -cp examples/target/rcp.jar org.rcpmodel.examples.MergeTwoSources}
 */
public final class MergeTwoSources {

  private MergeTwoSources() {}

  /**
   * Prints the merge report, the merged chair terms and the conflicts.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // IOM gives years for Kazakhstan's term and says Kyrgyzstan chaired October 2016 - September 2018;
    // UNHCR gives months: June 2013 - November 2016, and November 2016 - November 2018.
    Document iom = source("iom", Role.OBSERVER, "2013/2016", "2016-10/2018-09");
    Document unhcr = source("unhcr", Role.MEMBER, "2013-06/2016-11", "2016-11/2018-11");

    MergeResult result = DocumentMerge.merge(List.of(iom, unhcr));

    for (MergedRecord r : result.records()) {
      if (r.outcome() != MergeOutcome.KEPT) {
        System.out.println(r.outcome().code() + " " + r.pointer() + " " + r.subject() + " <- " + r.from());
      }
    }
    for (Chairmanship c : result.document().getProcesses().get(0).getChairs()) {
      System.out.println("chair " + c.getChairs().get(0).id() + " " + c.getPeriod() + " cited by " + c.getSources());
    }
    RcpValidator.validate(result.document()).withCode("fact.conflict")
        .forEach(v -> System.out.println(v.code() + " at " + v.path() + ": " + v.message()));
  }

  private static Document source(String id, Role turkmenistan, String kazakhstan, String kyrgyzstan) {
    return Document.builder()
        .addSources(Source.builder().id(id).publisher(id.toUpperCase(java.util.Locale.ROOT)).title("Almaty Process page").build())
        .addStates(State.of("KAZ", "Kazakhstan"), State.of("KGZ", "Kyrgyzstan"), State.of("TKM", "Turkmenistan"))
        .addProcesses(ConsultativeProcess.builder().id("almaty-process").name("Almaty Process").kind(ProcessKind.RCP)
            .addParticipations(member("KAZ", id), member("KGZ", id),
                Participation.builder().participant(Participant.state("TKM")).role(turkmenistan).addSources(id).build())
            .addChairs(chair("KAZ", kazakhstan, id), chair("KGZ", kyrgyzstan, id))
            .addSources(id).build())
        .build();
  }

  private static Participation member(String code, String source) {
    return Participation.builder().participant(Participant.state(code)).role(Role.MEMBER).addSources(source).build();
  }

  private static Chairmanship chair(String code, String period, String source) {
    return Chairmanship.builder().addChairs(Participant.state(code)).period(Period.parse(period)).addSources(source).build();
  }
}
