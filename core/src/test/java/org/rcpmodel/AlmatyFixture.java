package org.rcpmodel;

import java.math.BigDecimal;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * The Almaty Process of docs/DOMAIN.md section 2 in its earlier, format 1.0 version, built with the
 * public builders: a test document that tests across modules read, validate and write, with a fixed set
 * of findings. It is not the reference dataset: the examples jar's {@code almaty-process.json}
 * (docs/ALMATY.md) replaced it, recording only what each source states.
 */
public final class AlmatyFixture {

  /** Id of the IOM press release of 24 April 2025 (the seed). */
  public static final String PRESS_RELEASE = "iom-2025-04-24";
  /** Id of the public IOM and UNHCR pages on the process's history. */
  public static final String HISTORY = "iom-unhcr-almaty-process";
  /** Id of the process. */
  public static final String PROCESS_ID = "almaty-process";

  private AlmatyFixture() {}

  static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  static Period p(String text) {
    return Period.parse(text);
  }

  /**
   * The whole document. It is a format 1.0 document (it uses no 1.1 property), and says so: the
   * bundled file shows that 1.0 documents read and write back unchanged under a 1.1 library.
   */
  public static Document document() {
    return Document.builder()
        .schemaVersion("1.0")
        .title("The Almaty Process")
        .asOf(d("2025-04-24"))
        .addSources(
            Source.builder()
                .id(PRESS_RELEASE)
                .publisher("IOM")
                .title("IOM Reinforces Commitment to the Almaty Process and Welcomes the Baku Declaration"
                    + " for Enhanced Migration Cooperation")
                .published(d("2025-04-24"))
                .build(),
            Source.builder()
                .id(HISTORY)
                .publisher("IOM and UNHCR")
                .title("The Almaty Process on Refugee Protection and International Migration")
                .build())
        .addStates(
            State.of("AFG", "Afghanistan"),
            State.of("AZE", "Azerbaijan"),
            State.of("KAZ", "Kazakhstan"),
            State.of("KGZ", "Kyrgyzstan"),
            State.of("TJK", "Tajikistan"),
            State.builder()
                .code("TUR")
                .name("Türkiye")
                .addFormerNames(FormerName.of("Turkey", p("../2022-05-31")))
                .build(),
            State.of("TKM", "Turkmenistan"),
            State.of("IRN", "Iran"),
            State.of("PAK", "Pakistan"),
            State.of("ITA", "Italy"),
            State.of("RUS", "Russian Federation"))
        .addOrganizations(
            Organization.builder()
                .id("iom")
                .name("International Organization for Migration")
                .acronym("IOM")
                .kind(OrganizationKind.INTERGOVERNMENTAL)
                .founded(d("1951"))
                .addFigures(
                    figure("memberStates", "175", Approximation.EXACT, FigureScope.SUBJECT, "2025-04-24"),
                    figure("memberStates", "173", Approximation.EXACT, FigureScope.SUBJECT, "2025-04-24"),
                    figure("countriesWithPresence", "100", Approximation.OVER, FigureScope.SUBJECT, "2025-04-24"))
                .addSources(PRESS_RELEASE)
                .build(),
            Organization.builder()
                .id("unhcr")
                .name("Office of the United Nations High Commissioner for Refugees")
                .acronym("UNHCR")
                .kind(OrganizationKind.UN_AGENCY)
                .founded(d("1950-12-14"))
                .addSources(HISTORY)
                .build(),
            Organization.builder()
                .id("iom-vienna")
                .name("IOM Regional Office for South-Eastern Europe, Eastern Europe and Central Asia")
                .kind(OrganizationKind.OFFICE)
                .parent("iom")
                .addSources(PRESS_RELEASE)
                .build(),
            Organization.builder()
                .id("aze-sms")
                .name("State Migration Service of the Republic of Azerbaijan")
                .kind(OrganizationKind.GOVERNMENT_AGENCY)
                .addSources(PRESS_RELEASE)
                .build())
        .addFrameworks(
            Framework.builder().id("gcm").name("Global Compact for Safe, Orderly and Regular Migration")
                .acronym("GCM").adopted(d("2018-12")).addSources(HISTORY).build(),
            Framework.builder().id("gcr").name("Global Compact on Refugees")
                .acronym("GCR").adopted(d("2018-12")).addSources(HISTORY).build(),
            Framework.builder().id("agenda-2030").name("2030 Agenda for Sustainable Development")
                .adopted(d("2015-09-25")).addSources(PRESS_RELEASE).build())
        .addProcesses(process())
        .addPeople(
            Person.builder().id("arthur-erken").name("Arthur Erken")
                .addPosts(Post.builder().title("Regional Director for Europe and Central Asia")
                    .organization("iom").addSources(PRESS_RELEASE).build())
                .build(),
            Person.builder().id("vusal-huseynov").name("Vusal Huseynov")
                .addPosts(Post.builder().title("Chief of the State Migration Service")
                    .organization("aze-sms").state("AZE").addSources(PRESS_RELEASE).build())
                .build(),
            Person.builder().id("kaye-viray").name("Kaye Viray")
                .addPosts(Post.builder().title("Regional Media and Communications Officer")
                    .organization("iom-vienna").addSources(PRESS_RELEASE).build())
                .build())
        .build();
  }

  /** The Almaty Process itself. */
  public static ConsultativeProcess process() {
    ConsultativeProcess.Builder b = ConsultativeProcess.builder()
        .id(PROCESS_ID)
        .name("Almaty Process")
        .kind(ProcessKind.RCP)
        .established(d("2013"))
        .region("Central Asia and the wider Almaty Process region")
        .purpose("Protection of international migrants and refugees arriving to, from and within Central Asia")
        .membershipRule(MembershipRule.statesOnly())
        .chairingRule(ChairingRule.builder().termMonths(24).build())
        .addFrameworks("gcm", "gcr")
        .addSources(PRESS_RELEASE, HISTORY);
    for (String member : new String[] {"AFG", "AZE", "KAZ", "KGZ", "TJK", "TUR", "TKM"}) {
      b.addParticipations(Participation.builder().participant(Participant.state(member)).role(Role.MEMBER)
          .period(p("2013-06/..")).asOf(d("2025-04-24")).addSources(HISTORY, PRESS_RELEASE).build());
    }
    for (String observer : new String[] {"IRN", "PAK", "ITA"}) {
      b.addParticipations(Participation.builder().participant(Participant.state(observer)).role(Role.OBSERVER)
          .asOf(d("2025-04-24")).addSources(PRESS_RELEASE).build());
    }
    for (String secretariat : new String[] {"iom", "unhcr"}) {
      b.addParticipations(Participation.builder().participant(Participant.organization(secretariat))
          .role(Role.SECRETARIAT).asOf(d("2025-04-24")).addSources(PRESS_RELEASE).build());
    }
    b.addChairs(
        chair("KAZ", "2013-06/2016", ChairStatus.PAST),
        chair("KGZ", "2016/2018", ChairStatus.PAST),
        chair("TJK", "2018/2020", ChairStatus.PAST),
        chair("TUR", "2021/2022", ChairStatus.PAST),
        chair("AZE", "2023/2024", ChairStatus.PAST),
        Chairmanship.builder().addChairs(Participant.state("KAZ")).period(p("2025-04/.."))
            .status(ChairStatus.INCOMING).addSources(PRESS_RELEASE).build());
    b.addMeetings(
        Meeting.builder().id("almaty-2011").name("Regional Conference on Refugee Protection and International Migration")
            .level(MeetingLevel.OTHER).host("KAZ").city("Almaty").period(p("2011-03-14/2011-03-16"))
            .addSources(HISTORY).build(),
        Meeting.builder().id("mc1-almaty-2013").name("First Ministerial Conference")
            .level(MeetingLevel.MINISTERIAL_CONFERENCE).ordinal(1).host("KAZ").city("Almaty")
            .period(p("2013-06-05")).addSources(HISTORY).build(),
        Meeting.builder().id("mc3-baku-2025").name("Third Ministerial Conference")
            .level(MeetingLevel.MINISTERIAL_CONFERENCE).ordinal(3).host("AZE").city("Baku")
            .period(p("2025-04-24")).addSources(PRESS_RELEASE).build());
    b.addDeclarations(
        Declaration.builder().id("almaty-declaration-2011").title("Almaty Declaration")
            .adopted(d("2011-03-16")).meeting("almaty-2011")
            .addAdopters(Participant.state("RUS"), Participant.state("IRN"))
            .addThemes("refugee protection", "international migration")
            .addSources(HISTORY).build(),
        Declaration.builder().id("baku-declaration-2025").title("Baku Declaration")
            .adopted(d("2025-04-24")).meeting("mc3-baku-2025")
            .addAdopters(Participant.state("AFG"), Participant.state("AZE"), Participant.state("KAZ"),
                Participant.state("KGZ"), Participant.state("TJK"), Participant.state("TUR"),
                Participant.state("TKM"))
            .addThemes("migration and development", "climate-related mobility",
                "information exchange on migration")
            .addFrameworks("gcm")
            .addSources(PRESS_RELEASE).build());
    b.addFigures(
        figure("citizensAbroad", "8000000", Approximation.AROUND, FigureScope.MEMBERS, null),
        figure("internationalMigrants", "9500000", Approximation.AROUND, FigureScope.MEMBERS, null),
        figure("internationalMigrants", "25000000", Approximation.NEARLY,
            FigureScope.MEMBERS_OBSERVERS_AND_INVITED, null),
        figure("citizensAbroad", "22000000", Approximation.APPROXIMATELY,
            FigureScope.MEMBERS_OBSERVERS_AND_INVITED, null));
    return b.build();
  }

  private static Chairmanship chair(String code, String period, ChairStatus status) {
    return Chairmanship.builder().addChairs(Participant.state(code)).period(p(period)).status(status)
        .addSources(HISTORY, PRESS_RELEASE).build();
  }

  private static MigrationFigure figure(String metric, String value, Approximation approximation,
      FigureScope scope, String referenceDate) {
    MigrationFigure.Builder b = MigrationFigure.builder().metric(metric).value(new BigDecimal(value))
        .approximation(approximation).scope(scope).addSources(PRESS_RELEASE);
    if (referenceDate != null) {
      b.referenceDate(d(referenceDate));
    }
    return b.build();
  }
}
