package org.rcpmodel.validation;

import static org.rcpmodel.validation.Docs.d;
import static org.rcpmodel.validation.Docs.member;
import static org.rcpmodel.validation.Docs.p;
import static org.rcpmodel.validation.Docs.participation;

import java.math.BigDecimal;
import java.util.List;
import org.rcpmodel.Approximation;
import org.rcpmodel.ChairSelection;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ChairingRule;
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
import org.rcpmodel.Secretariat;
import org.rcpmodel.Source;
import org.rcpmodel.StatedProperty;
import org.rcpmodel.Statement;

/**
 * Documents whose findings are every code of the catalogue that {@link RandomDocuments} seldom or
 * never gives (fields, ids, references, loops, figures, statements, secretariats, a host's
 * presidency), in the forms their messages take: a role known only as of a date, a record with no
 * period, a process whose establishment no source dates, several kinds of record, metrics with and
 * without words.
 */
final class MessageDocuments {

  private MessageDocuments() {}

  private static Chairmanship term(String code, String period, String... sources) {
    return Chairmanship.builder().addChairs(Participant.state(code)).period(p(period)).addSources(sources).build();
  }

  private static MigrationFigure figure(String metric, String value, FigureScope scope, String date, String... sources) {
    MigrationFigure.Builder b = MigrationFigure.builder().metric(metric).value(new BigDecimal(value))
        .approximation(Approximation.AROUND).scope(scope).addSources(sources);
    if (date != null) {
      b.referenceDate(d(date));
    }
    return b.build();
  }

  private static Meeting meeting(String id, int ordinal, String host, String period) {
    return Meeting.builder().id(id).level(MeetingLevel.MINISTERIAL_CONFERENCE).ordinal(ordinal).host(host)
        .period(p(period)).build();
  }

  private static Secretariat account(Role role, String source, String... organizations) {
    Secretariat.Builder b = Secretariat.builder().role(role).asOf(d("2024-05-01")).addSources(source);
    for (String o : organizations) {
      b.addPerformers(Participant.organization(o));
    }
    return b.build();
  }

  /** The documents. */
  static List<Document> all() {
    ConsultativeProcess.Builder records = Docs.process()
        // one State a member in one source and an observer in the other, both known only as of a date
        .addParticipations(Participation.builder().participant(Participant.state("TKM")).role(Role.MEMBER)
                .asOf(d("2025-04-24")).addSources("s1").build(),
            Participation.builder().participant(Participant.state("TKM")).role(Role.OBSERVER)
                .asOf(d("2025-04-24")).addSources("s2").build(),
            // a membership with no period beside an observership with one, from another source
            Participation.builder().participant(Participant.state("TJK")).role(Role.MEMBER).addSources("s1").build(),
            participation("TJK", Role.OBSERVER, "2014/2016", "s2"),
            participation("KAZ", Role.CANDIDATE, "2010/2012", "s1"),
            participation("UZB", Role.INVITED, "2014", "s1"), participation("UZB", Role.INVITED, "2014-05", "s1"),
            Participation.builder().participant(Participant.organization("iom")).role(Role.MEMBER)
                .period(p("2014/..")).addSources("s1").build(),
            participation("XXA", Role.MEMBER, "2014/..", "s1"),
            participation("KGZ", Role.PARTNER, "2016/2014", "s1"))
        .addChairs(term("KAZ", "2013/2016", "s1"), term("KAZ", "2013-06/2016-11", "s2"),
            term("KGZ", "2016-10/2018-09", "s1"), term("KGZ", "2016-11/2018-11", "s2"), term("TJK", "/", "s1"),
            term("TUR", "2012/2013", "s1"))
        .addStatements(Statement.builder().property(StatedProperty.ESTABLISHED).date(d("1993")).addSources("s1").build(),
            Statement.builder().property(StatedProperty.ESTABLISHED).date(d("1991")).addSources("s2").build(),
            Statement.builder().property(StatedProperty.NAME).text("P").addSources("s1").build(),
            Statement.builder().property(StatedProperty.NAME).text("Q").addSources("s2").build())
        .addSecretariats(Secretariat.builder().role(Role.SECRETARIAT).chairingState(true).addSources("s1").build(),
            account(Role.SUPPORT_UNIT, "s1", "iom", "unhcr"), account(Role.SECRETARIAT, "s2", "unhcr", "iom"))
        .addFigures(figure("citizensAbroad", "-5", FigureScope.MEMBERS, null),
            figure("citizensAbroad", "9000000", FigureScope.MEMBERS, "2024", "s1"),
            figure("citizensAbroad", "8000000", FigureScope.MEMBERS_OBSERVERS_AND_INVITED, "2024", "s1"),
            figure("citizensAbroad", "8500000", FigureScope.MEMBERS, "2024", "s2"),
            figure("stockOfSomething", "10", FigureScope.MEMBERS, null, "s1"),
            figure("stockOfSomething", "5", FigureScope.ALL_PARTICIPANTS, null, "s1"),
            // a metric key that looks like a template: data, inserted literally in both paths
            figure("${1+1}{org.rcpmodel.word.role.MEMBER}\\", "1", FigureScope.MEMBERS, null, "s1"))
        .addMeetings(meeting("m1", 1, "KAZ", "2013-06-05"), meeting("m2", 1, "KAZ", "2015-06"),
            meeting("m3", 3, "KGZ", "2012"), meeting("m4", 4, "AFG", "2016-05"))
        .addDeclarations(Declaration.builder().id("decl").title("D").adopted(d("2014")).meeting("m1")
            .addAdopters(Participant.state("AFG")).addFrameworks("gcm").addFrameworks("nope").build(),
            Declaration.builder().id("decl").title("D2").adopted(d("2014")).meeting("elsewhere").build());

    // no establishment date at all, no member, an unknown source, a duplicated source id
    ConsultativeProcess.Builder bare = ConsultativeProcess.builder().id("bare").name("Bare").kind(ProcessKind.RCP)
        .addParticipations(participation("KAZ", Role.OBSERVER, "2014/..", "s9"));
    ConsultativeProcess.Builder presidency = Docs.process().id("host")
        .chairingRule(ChairingRule.builder().selection(ChairSelection.ANNUAL_HOST).termMonths(24).build())
        .addChairs(term("KAZ", "2024", "s1"), term("KGZ", "2014/2015-02", "s1"))
        .addMeetings(Meeting.builder().id("hm").level(MeetingLevel.MINISTERIAL_CONFERENCE).host("KGZ")
            .period(p("2024-06")).build());

    Document many = Docs.document()
        .addSources(Source.builder().id("s1").title("Again").build(), Source.builder().id("s3").title("New")
            .supersedes("s0").build())
        .addOrganizations(Organization.builder().id("unhcr").name("UNHCR").parent("office").build(),
            Organization.builder().id("office").name("Office").parent("unhcr").build(),
            Organization.builder().id("lost").name("Lost").parent("nowhere").build(),
            Organization.builder().id(" ").name("").build())
        .addProcesses(records.build(), bare.build(), presidency.build(), Docs.process().build())
        .build();
    // process.no-members, and the before-establishment finding of a record without a period
    ConsultativeProcess.Builder early = Docs.process().id("early").established(d("2013"))
        .participations(List.of(Participation.builder().participant(Participant.state("KAZ")).role(Role.OBSERVER)
            .asOf(d("2012")).addSources("s1").build(), participation("KGZ", Role.OBSERVER, "2012/..", "s1")));
    // a chair term a newer source restates differently: outdated, not disputed
    Document superseded = Docs.document()
        .sources(List.of(Source.builder().id("s1").title("Old page").build(),
            Source.builder().id("s2").title("New page").supersedes("s1").build()))
        .addProcesses(Docs.process().addChairs(term("KAZ", "2014/2016-11", "s1"), term("KAZ", "2014/2016-12", "s2"))
            .addParticipations(participation("TKM", Role.MEMBER, "2014/..", "s1"),
                participation("TKM", Role.OBSERVER, "2014/2020", "s2"))
            .build())
        .build();
    return List.of(many, superseded, Docs.with(early),
        Docs.with(Docs.process().addParticipations(member("KAZ", "2010/2011"))));
  }
}
