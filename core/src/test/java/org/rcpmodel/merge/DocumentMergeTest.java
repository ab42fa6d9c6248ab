package org.rcpmodel.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Approximation;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FigureScope;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.diff.RecordKind;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Violation;

class DocumentMergeTest {

  static Chairmanship chair(String code, String period, String source) {
    return Chairmanship.builder().addChairs(Participant.state(code)).period(Period.parse(period)).addSources(source).build();
  }

  static Participation member(String code, Role role, String source) {
    return Participation.builder().participant(Participant.state(code)).role(role).addSources(source).build();
  }

  static Source source(String id) {
    return Source.builder().id(id).title("Page " + id).build();
  }

  static ConsultativeProcess.Builder process() {
    return ConsultativeProcess.builder().id("almaty-process").name("Almaty Process").kind(ProcessKind.RCP);
  }

  static Document doc(String sourceId, ConsultativeProcess process, Organization... organizations) {
    return Document.builder().addSources(source(sourceId)).addStates(State.of("KAZ", "Kazakhstan"),
        State.of("KGZ", "Kyrgyzstan")).addOrganizations(organizations).addProcesses(process).build();
  }

  static Document twoMembers(String sourceId, Chairmanship... chairs) {
    return doc(sourceId, process().addParticipations(member("KAZ", Role.MEMBER, sourceId), member("KGZ", Role.MEMBER, sourceId))
        .addChairs(chairs).addSources(sourceId).build());
  }

  @Test
  void agreeingChairTermsBecomeOneRecordCitingBothSourcesWithTheMostPreciseDates() {
    Document iom = twoMembers("iom", chair("KAZ", "2013/2016", "iom"));
    Document unhcr = twoMembers("unhcr", chair("KAZ", "2013-06/2016-11", "unhcr"));

    MergeResult result = DocumentMerge.merge(List.of(iom, unhcr));

    List<Chairmanship> chairs = result.document().getProcesses().get(0).getChairs();
    assertThat(chairs).hasSize(1);
    assertThat(chairs.get(0).getPeriod()).isEqualTo(Period.parse("2013-06/2016-11"));
    assertThat(chairs.get(0).getSources()).containsExactly("iom", "unhcr");
    MergedRecord record = result.records().stream().filter(r -> r.record() == RecordKind.CHAIR_TERM).findFirst().orElseThrow();
    assertThat(record.outcome()).isEqualTo(MergeOutcome.MERGED);
    assertThat(record.from()).containsExactly(new InputRecord(0, "/processes/0/chairs/0"), new InputRecord(1, "/processes/0/chairs/0"));
  }

  @Test
  void termsEachMorePreciseAtOneEndBecomeTheTermOfBothPreciseEnds() {
    Document a = twoMembers("a", chair("KAZ", "2013/2016-11", "a"));
    Document b = twoMembers("b", chair("KAZ", "2013-06/2016", "b"));

    List<Chairmanship> chairs = DocumentMerge.merge(List.of(a, b)).document().getProcesses().get(0).getChairs();

    assertThat(chairs).extracting(Chairmanship::getPeriod).containsExactly(Period.parse("2013-06/2016-11"));
  }

  @Test
  void disagreeingTermsStaySideBySideWithTheirOwnSourcesAndTheValidatorReportsTheConflict() {
    Document iom = twoMembers("iom", chair("KGZ", "2016-10/2018-09", "iom"));
    Document unhcr = twoMembers("unhcr", chair("KGZ", "2016-11/2018-11", "unhcr"));

    MergeResult result = DocumentMerge.merge(List.of(iom, unhcr));

    List<Chairmanship> chairs = result.document().getProcesses().get(0).getChairs();
    assertThat(chairs).extracting(Chairmanship::getPeriod)
        .containsExactly(Period.parse("2016-10/2018-09"), Period.parse("2016-11/2018-11"));
    assertThat(chairs).extracting(Chairmanship::getSources).containsExactly(List.of("iom"), List.of("unhcr"));
    assertThat(result.withOutcome(MergeOutcome.KEPT_APART)).extracting(MergedRecord::pointer)
        .containsExactly("/processes/0/chairs/0", "/processes/0/chairs/1");
    assertThat(RcpValidator.validate(result.document()).withCode("fact.conflict")).extracting(Violation::path)
        .containsExactly("/processes/0/chairs/1");
  }

  @Test
  void aMemberInOneSourceAndAnObserverInTheOtherAreKeptApartAsAConflict() {
    Document iom = doc("iom", process().addParticipations(member("KAZ", Role.MEMBER, "iom"), member("KGZ", Role.OBSERVER, "iom")).build());
    Document unhcr = doc("unhcr", process().addParticipations(member("KGZ", Role.MEMBER, "unhcr")).build());

    MergeResult result = DocumentMerge.merge(List.of(iom, unhcr));

    assertThat(result.document().getProcesses().get(0).getParticipations()).hasSize(3);
    assertThat(RcpValidator.validate(result.document()).withCode("fact.conflict")).extracting(Violation::path)
        .containsExactly("/processes/0/participations/2");
  }

  @Test
  void recordsWithinOneInputAreNeverMergedWithOneAnother() {
    Document one = doc("a", process().addParticipations(member("KAZ", Role.MEMBER, "a"), member("KAZ", Role.MEMBER, "a")).build());

    MergeResult result = DocumentMerge.merge(List.of(one));

    assertThat(result.document()).isEqualTo(one);
    assertThat(result.withOutcome(MergeOutcome.MERGED)).isEmpty();
  }

  @Test
  void aDocumentMergedWithItselfIsThatDocument() {
    Document a = twoMembers("iom", chair("KAZ", "2013/2016", "iom"), chair("KGZ", "2016/2018", "iom"));

    assertThat(DocumentMerge.merge(List.of(a, a)).document()).isEqualTo(a);
  }

  @Test
  void anIdNamingTwoDifferentBodiesIsRenamedAndEveryReferenceInItsInputFollows() {
    Organization iom = Organization.builder().id("iom").name("International Organization for Migration").acronym("IOM").build();
    Organization other = Organization.builder().id("iom").name("Institute of Migration").acronym("IoMi").build();
    Document a = doc("a", process().addParticipations(Participation.builder().participant(Participant.organization("iom"))
        .role(Role.SECRETARIAT).addSources("a").build()).build(), iom);
    Document b = doc("b", process().addParticipations(Participation.builder().participant(Participant.organization("iom"))
        .role(Role.PARTNER).addSources("b").build()).build(), other);

    MergeResult result = DocumentMerge.merge(List.of(a, b));

    assertThat(result.document().getOrganizations()).extracting(Organization::getId).containsExactly("iom", "iom-2");
    assertThat(result.document().getOrganizations()).extracting(Organization::getName)
        .containsExactly("International Organization for Migration", "Institute of Migration");
    assertThat(result.document().getProcesses().get(0).getParticipations())
        .extracting(p -> p.getParticipant().id() + " " + p.getRole()).containsExactly("iom SECRETARIAT", "iom-2 PARTNER");
    assertThat(result.renames()).singleElement().satisfies(r -> {
      assertThat(r.record()).isEqualTo(RecordKind.ORGANIZATION);
      assertThat(r.from()).isEqualTo(new InputRecord(1, "/organizations/0"));
      assertThat(r.oldId()).isEqualTo("iom");
      assertThat(r.newId()).isEqualTo("iom-2");
    });
    assertThat(result.withOutcome(MergeOutcome.RENAMED)).extracting(MergedRecord::pointer).containsExactly("/organizations/1");
    assertThat(RcpValidator.validate(result.document()).violations()).extracting(Violation::code)
        .doesNotContain("id.duplicate", "ref.unresolved");
  }

  @Test
  void anIdNamingTheSameBodyUnderAnotherSpellingIsJoinedByItsAcronym() {
    Organization a = Organization.builder().id("iom").name("International Organization for Migration").acronym("IOM").build();
    Organization b = Organization.builder().id("iom").name("International Organisation for Migration").acronym("IOM")
        .founded(PartialDate.parse("1951-12")).build();

    MergeResult result = DocumentMerge.merge(List.of(doc("a", process().build(), a), doc("b", process().build(), b)));

    assertThat(result.document().getOrganizations()).singleElement().satisfies(o -> {
      assertThat(o.getName()).isEqualTo("International Organization for Migration");
      assertThat(o.getFounded()).contains(PartialDate.parse("1951-12"));
    });
    assertThat(result.records().stream().filter(r -> r.record() == RecordKind.ORGANIZATION).findFirst().orElseThrow().notes())
        .singleElement().asString().contains("International Organisation for Migration");
    assertThat(result.renames()).isEmpty();
  }

  @Test
  void underRefuseACollisionThrowsNamingTheIdAndBothRecords() {
    Organization iom = Organization.builder().id("iom").name("International Organization for Migration").build();
    Organization other = Organization.builder().id("iom").name("Institute of Migration").build();
    List<Document> inputs = List.of(doc("a", process().build(), iom), doc("b", process().build(), other));

    assertThatThrownBy(() -> DocumentMerge.merge(inputs, DocumentMerge.OnIdCollision.REFUSE))
        .isInstanceOfSatisfying(IdCollisionException.class, e -> {
          assertThat(e.getId()).isEqualTo("iom");
          assertThat(e.getFirst()).isEqualTo(new InputRecord(0, "/organizations/0"));
          assertThat(e.getSecond()).isEqualTo(new InputRecord(1, "/organizations/0"));
        })
        .hasMessageContaining("'iom'").hasMessageContaining("Institute of Migration");
  }

  @Test
  void meetingsWithOtherIdsAreMatchedByLevelAndOrdinalAndDeclarationsFollowTheMeeting() {
    Meeting mc3a = Meeting.builder().id("mc3").level(MeetingLevel.MINISTERIAL_CONFERENCE).ordinal(3).host("AZE")
        .period(Period.parse("2025-04")).addSources("a").build();
    Meeting mc3b = Meeting.builder().id("baku-2025").level(MeetingLevel.MINISTERIAL_CONFERENCE).ordinal(3).city("Baku")
        .period(Period.parse("2025-04-24")).addSources("b").build();
    Declaration bakuA = Declaration.builder().id("baku").title("Baku Declaration").adopted(PartialDate.parse("2025-04"))
        .meeting("mc3").addThemes("climate-related mobility").addSources("a").build();
    Declaration bakuB = Declaration.builder().id("baku-declaration").title("Baku Declaration")
        .adopted(PartialDate.parse("2025-04-24")).meeting("baku-2025").addThemes("migration and development").addSources("b").build();
    Document a = doc("a", process().addMeetings(mc3a).addDeclarations(bakuA).build());
    Document b = doc("b", process().addMeetings(mc3b).addDeclarations(bakuB).build());

    ConsultativeProcess merged = DocumentMerge.merge(List.of(a, b)).document().getProcesses().get(0);

    assertThat(merged.getMeetings()).singleElement().satisfies(m -> {
      assertThat(m.getId()).isEqualTo("mc3");
      assertThat(m.getPeriod()).isEqualTo(Period.parse("2025-04-24"));
      assertThat(m.getHost()).contains("AZE");
      assertThat(m.getCity()).contains("Baku");
      assertThat(m.getSources()).containsExactly("a", "b");
    });
    assertThat(merged.getDeclarations()).singleElement().satisfies(d -> {
      assertThat(d.getMeeting()).contains("mc3");
      assertThat(d.getAdopted()).isEqualTo(PartialDate.parse("2025-04-24"));
      assertThat(d.getThemes()).containsExactly("climate-related mobility", "migration and development");
    });
  }

  @Test
  void declarationsWithOneTitleAtDifferentMeetingsAreDifferentDeclarations() {
    Meeting almaty2011 = Meeting.builder().id("almaty-2011").level(MeetingLevel.OTHER).host("KAZ")
        .period(Period.parse("2011-03-14/2011-03-16")).build();
    Meeting istanbul2013 = Meeting.builder().id("istanbul-2013").level(MeetingLevel.MINISTERIAL_CONFERENCE).host("TUR")
        .period(Period.parse("2013-04-26")).build();
    Declaration first = Declaration.builder().id("almaty-declaration").title("Almaty Declaration")
        .adopted(PartialDate.parse("2011-03-16")).meeting("almaty-2011").build();
    Declaration second = Declaration.builder().id("almaty-declaration").title("Almaty Declaration")
        .adopted(PartialDate.parse("2013-04-26")).meeting("istanbul-2013").build();

    MergeResult result = DocumentMerge.merge(List.of(doc("a", process().addMeetings(almaty2011).addDeclarations(first).build()),
        doc("b", process().addMeetings(istanbul2013).addDeclarations(second).build())));

    assertThat(result.document().getProcesses().get(0).getDeclarations()).extracting(Declaration::getId)
        .containsExactly("almaty-declaration", "almaty-declaration-2");
    assertThat(result.renames()).extracting(Rename::record).containsExactly(RecordKind.DECLARATION);
  }

  @Test
  void kindsTheSourcesGiveDifferentlyAreEachKeptAsAClassification() {
    Document a = doc("handbook", process().kind(ProcessKind.IRF).addSources("handbook").build());
    Document b = doc("own-site", process().kind(ProcessKind.RCP).addSources("own-site").build());

    ConsultativeProcess merged = DocumentMerge.merge(List.of(a, b)).document().getProcesses().get(0);

    assertThat(merged.getKind()).isEqualTo(ProcessKind.IRF);
    assertThat(merged.getClassifications()).extracting(c -> c.getKind() + " " + c.getSources())
        .containsExactly("IRF [handbook]", "RCP [own-site]");
  }

  @Test
  void theMergedDocumentIsAsOfTheLatestInputsDate() {
    Document a = Document.builder().from(twoMembers("a")).asOf(PartialDate.parse("2021")).build();
    Document b = Document.builder().from(twoMembers("b")).asOf(PartialDate.parse("2025-04-24")).build();

    MergeResult result = DocumentMerge.merge(List.of(a, b));

    assertThat(result.document().getAsOf()).contains(PartialDate.parse("2025-04-24"));
    assertThat(DocumentMerge.merge(List.of(b, a)).document().getAsOf()).contains(PartialDate.parse("2025-04-24"));
    assertThat(result.notes()).singleElement().asString().contains("2021");
  }

  @Test
  void chairStatusesTheSourcesGaveAtDifferentTimesKeepTheLaterStatusWhateverTheOrder() {
    Chairmanship current = Chairmanship.builder().from(chair("TUR", "2021-01/", "unhcr")).status(ChairStatus.CURRENT).build();
    Chairmanship past = Chairmanship.builder().from(chair("TUR", "2021/2022", "iom")).status(ChairStatus.PAST).build();

    for (List<Document> inputs : List.of(List.of(twoMembers("unhcr", current), twoMembers("iom", past)),
        List.of(twoMembers("iom", past), twoMembers("unhcr", current)))) {
      List<Chairmanship> chairs = DocumentMerge.merge(inputs).document().getProcesses().get(0).getChairs();
      assertThat(chairs).singleElement().satisfies(c -> {
        assertThat(c.getPeriod()).isEqualTo(Period.parse("2021-01/2022"));
        assertThat(c.getStatus()).contains(ChairStatus.PAST);
      });
    }
  }

  @Test
  void figuresOfOneQuantityWithOneValueAreOneRecordAndDifferentValuesStayApart() {
    MigrationFigure f175a = figure(175, "a");
    MigrationFigure f175b = figure(175, "b");
    MigrationFigure f173b = figure(173, "b");
    Organization a = Organization.builder().id("iom").name("IOM").addFigures(f175a).build();
    Organization b = Organization.builder().id("iom").name("IOM").addFigures(f175b, f173b).build();

    MergeResult result = DocumentMerge.merge(List.of(doc("a", process().build(), a), doc("b", process().build(), b)));

    assertThat(result.document().getOrganizations().get(0).getFigures()).extracting(f -> f.getValue().intValue() + " " + f.getSources())
        .containsExactly("175 [a, b]", "173 [b]");
    assertThat(result.outputPointerOf(1, "/organizations/0/figures/1")).contains("/organizations/0/figures/1");
    assertThat(result.outputPointerOf(1, "/organizations/0/figures/0")).contains("/organizations/0/figures/0");
  }

  private static MigrationFigure figure(int value, String source) {
    return MigrationFigure.builder().metric("memberStates").value(BigDecimal.valueOf(value)).approximation(Approximation.EXACT)
        .scope(FigureScope.SUBJECT).referenceDate(PartialDate.parse("2025-04-24")).addSources(source).build();
  }

  @Test
  void noInputsAndNullInputsAreRejected() {
    assertThatThrownBy(() -> DocumentMerge.merge(List.of())).isInstanceOf(IllegalArgumentException.class);
    List<Document> withNull = new ArrayList<>(Arrays.asList(twoMembers("a"), null));
    assertThatThrownBy(() -> DocumentMerge.merge(withNull)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("inputs[1]");
  }

  @Test
  void aThirdInputNamingTheRenamedBodyJoinsItsRecord() {
    Organization iom = Organization.builder().id("iom").name("International Organization for Migration").build();
    Organization other = Organization.builder().id("iom").name("Institute of Migration").addSources("b").build();
    Organization otherAgain = Organization.builder().id("iom").name("Institute of Migration").addSources("c").build();

    MergeResult result = DocumentMerge.merge(List.of(doc("a", process().build(), iom), doc("b", process().build(), other),
        doc("c", process().build(), otherAgain)));

    assertThat(result.document().getOrganizations()).extracting(o -> o.getId() + " " + o.getSources())
        .containsExactly("iom []", "iom-2 [b, c]");
    assertThat(result.renames()).extracting(r -> r.from().input() + " " + r.newId()).containsExactly("1 iom-2", "2 iom-2");
  }

  @Test
  void anOutputPointerIsFoundForEveryInputRecordAndForNoOtherPointer() {
    MergeResult result = DocumentMerge.merge(List.of(twoMembers("a", chair("KAZ", "2013/2016", "a")),
        twoMembers("b", chair("KGZ", "2016/2018", "b"))));

    assertThat(result.outputPointerOf(1, "/processes/0/chairs/0")).contains("/processes/0/chairs/1");
    assertThat(result.outputPointerOf(1, "/processes/0/chairs/1")).isEmpty();
    assertThat(result.outputPointerOf(2, "/processes/0")).isEmpty();
    assertThat(result.outputPointerOf(-1, "/processes/0")).isEmpty();
  }
}
