package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.FormerName;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.State;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

class RosterTest {

  private static Organization organization(String id, String name) {
    return Organization.builder().id(id).name(name).build();
  }

  @Test
  void anOrganizationWithoutAnAcronymIsNamedAsItWasOnTheDate() {
    Organization renamed = Organization.builder().from(organization("sms", "State Migration Service"))
        .addFormerNames(FormerName.of("Migration Department", Period.parse("../2019-12-31"))).build();
    Organization withAcronym = Organization.builder().from(organization("iom", "International Organization for Migration"))
        .acronym("IOM").addFormerNames(FormerName.of("ICEM", Period.parse("../1980"))).build();
    Roster roster = new Roster(Document.builder().addOrganizations(renamed, withAcronym).build());

    assertThat(roster.name(Participant.organization("sms"), PartialDate.ofYear(2018))).isEqualTo("Migration Department");
    assertThat(roster.name(Participant.organization("sms"), PartialDate.ofYear(2021))).isEqualTo("State Migration Service");
    assertThat(roster.name(Participant.organization("iom"), PartialDate.ofYear(1970))).isEqualTo("IOM");
  }

  @Test
  void theFirstRecordOfACodeOrIdWinsAndAnUnknownOneIsPrintedBare() {
    Roster roster = new Roster(Document.builder()
        .addStates(State.builder().code("KAZ").name("Kazakhstan").build(),
            State.builder().code("KAZ").name("Second Kazakhstan").build())
        .addOrganizations(organization("iom", "First"), organization("iom", "Second"))
        .build());
    PartialDate date = PartialDate.ofYear(2020);

    assertThat(roster.name(Participant.state("KAZ"), date)).isEqualTo("Kazakhstan (KAZ)");
    assertThat(roster.name(Participant.organization("iom"), date)).isEqualTo("First");
    assertThat(roster.name(Participant.state("UZB"), date)).isEqualTo("UZB");
    assertThat(roster.name(Participant.organization("unhcr"), date)).isEqualTo("unhcr");
  }

  @Test
  @Timeout(60)
  void twoHundredThousandOrganizationsArePrintedWithoutAScanPerName() {
    // A hang guard, not a speed target (those live in the benchmarks): scanning every organization per
    // printed name took 9.4 s for 60,000 here, so about 100 s for this many; indexed it is about 2 s.
    int n = 200_000;
    Document.Builder document = Document.builder();
    ConsultativeProcess.Builder process = ConsultativeProcess.builder().id("p").name("P").kind(ProcessKind.RCP);
    for (int i = 0; i < n; i++) {
      document.addOrganizations(organization("org-" + i, "Organization " + i));
      process.addParticipations(Participation.builder().participant(Participant.organization("org-" + i))
          .role(Role.PARTNER).period(Period.parse("2000/..")).build());
    }
    ConsultativeProcess built = process.build();
    Roster roster = new Roster(document.addProcesses(built).build());
    StringWriter out = new StringWriter();

    roster.print(built, PartialDate.ofYear(2020), new PrintWriter(out));

    assertThat(out.toString()).contains("partners (" + n + "): Organization 0, Organization 1,",
        "Organization " + (n - 1));
  }
}
