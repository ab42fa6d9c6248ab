package org.rcpmodel.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Source;
import org.rcpmodel.StatedProperty;
import org.rcpmodel.Statement;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Violation;

/** A merge keeps what format 1.1 adds from every input, with the ids each input's records cite rewritten. */
class FormatOneOneMergeTest {

  private static Statement founded(String year, String source) {
    return Statement.builder().property(StatedProperty.ESTABLISHED).date(PartialDate.parse(year)).addSources(source).build();
  }

  private static Secretariat job(Role role, String organization, String source) {
    return Secretariat.builder().role(role).addPerformers(Participant.organization(organization))
        .asOf(PartialDate.parse("2025-04-24")).addSources(source).build();
  }

  private static Document input(String source, String title, String iomName, ConsultativeProcess.Builder process) {
    return Document.builder().addSources(Source.builder().id(source).title(title).build())
        .addOrganizations(Organization.builder().id("iom").name(iomName).build())
        .addProcesses(process.id("budapest-process").name("Budapest Process").kind(ProcessKind.IRF).build()).build();
  }

  @Test
  void statementsAccountsCountsAndGroupsOfBothInputsAreKeptAndTheirDisagreementsReported() {
    Document iom = input("iom-budapest", "Budapest Process", "IOM", ConsultativeProcess.builder()
        .addStatements(founded("1993", "iom-budapest")).addSecretariats(job(Role.SUPPORT_UNIT, "iom", "iom-budapest")));
    Document overview = input("iom-overview", "Overview of the principal RCPs", "IOM", ConsultativeProcess.builder()
        .addStatements(founded("1991", "iom-overview")).addSecretariats(job(Role.SECRETARIAT, "iom", "iom-overview"))
        .addParticipantCounts(ParticipantCount.builder().role(Role.MEMBER).value(49).addSources("iom-overview").build())
        .addGroups(ParticipantGroup.builder().id("g").name("Participating countries").role(Role.MEMBER)
            .addSources("iom-overview").build()));

    ConsultativeProcess merged = DocumentMerge.merge(List.of(iom, overview)).document().getProcesses().get(0);

    assertThat(merged.getStatements()).extracting(Statement::value).containsExactly("1993", "1991");
    assertThat(merged.getSecretariats()).extracting(Secretariat::getRole).containsExactly(Role.SUPPORT_UNIT, Role.SECRETARIAT);
    assertThat(merged.getParticipantCounts()).hasSize(1);
    assertThat(merged.getGroups()).hasSize(1);
    List<Violation> findings = RcpValidator.validate(DocumentMerge.merge(List.of(iom, overview)).document()).violations();
    assertThat(findings).filteredOn(v -> v.code().equals("fact.conflict")).extracting(Violation::path)
        .containsExactlyInAnyOrder("/processes/0/statements/1", "/processes/0/secretariats/1");
    assertThat(findings).extracting(Violation::code).doesNotContain("ref.unresolved", "id.duplicate", "process.no-members");
  }

  @Test
  void theMergeOfOneZeroDocumentsStaysOneZeroAndOneOneOneInputMakesItOneOne() {
    Document old = Document.builder().from(input("iom-budapest", "Budapest Process", "IOM", ConsultativeProcess.builder()))
        .schemaVersion("1.0").build();
    Document newer = input("iom-overview", "Overview of the principal RCPs", "IOM", ConsultativeProcess.builder()
        .addStatements(founded("1991", "iom-overview")));

    assertThat(DocumentMerge.merge(List.of(old, old)).document().getSchemaVersion()).isEqualTo("1.0");
    assertThat(DocumentMerge.merge(List.of(old, newer)).document().getSchemaVersion()).isEqualTo("1.1");
    assertThat(DocumentMerge.merge(List.of(newer, old)).document().getSchemaVersion()).isEqualTo("1.1");
  }

  @Test
  void theRecordsOfARenamedSourceOrOrganizationCiteTheirNewIds() {
    Document a = input("s", "One page", "International Organization for Migration", ConsultativeProcess.builder()
        .addStatements(founded("1993", "s")));
    Document b = input("s", "Another page", "Institute of Migration", ConsultativeProcess.builder()
        .addStatements(founded("1991", "s")).addSecretariats(job(Role.SECRETARIAT, "iom", "s")));

    MergeResult result = DocumentMerge.merge(List.of(a, b));
    ConsultativeProcess merged = result.document().getProcesses().get(0);

    assertThat(result.renames()).extracting(Rename::newId).containsExactlyInAnyOrder("s-2", "iom-2");
    assertThat(merged.getStatements()).extracting(Statement::getSources).containsExactly(List.of("s"), List.of("s-2"));
    assertThat(merged.getSecretariats()).singleElement().satisfies(s -> {
      assertThat(s.getPerformers()).containsExactly(Participant.organization("iom-2"));
      assertThat(s.getSources()).containsExactly("s-2");
    });
    assertThat(RcpValidator.validate(result.document()).violations()).extracting(Violation::code)
        .doesNotContain("ref.unresolved", "id.duplicate");
  }
}
