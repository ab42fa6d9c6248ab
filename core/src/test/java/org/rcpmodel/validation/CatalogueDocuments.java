package org.rcpmodel.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rcpmodel.Approximation;
import org.rcpmodel.ChairSelection;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FigureScope;
import org.rcpmodel.FormerName;
import org.rcpmodel.Framework;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.MembershipRule;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.StatedProperty;
import org.rcpmodel.Statement;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * Small documents made from a seed for {@link ReferenceOracleTest}, shaped so that every rule the
 * reference covers fires in a good share of them: two or three processes; ids that sometimes repeat
 * (sources, organizations, frameworks, meetings and declarations across processes, chair terms);
 * references that sometimes name nothing (a source {@code s9}, an organization {@code ghost}, a
 * framework {@code nyd}, a meeting of another process or of none); organizations whose parents may
 * run in a loop; unassigned State codes ({@code XKX}); dates at year, month and day precision in
 * 2012-2016, some qualified ({@code 2014?}, {@code 2014-06~}) or unspecified ({@code 201X},
 * {@code 2014-XX}); open and unknown ends, reversed periods; establishment dates from the process
 * and from format 1.1 statements; chair terms with co-chairs, statuses, ordinals, declared term
 * lengths and the annual-host presidency, restated by other sources; meetings with levels,
 * ordinals and hosts; declarations with meetings and frameworks; figures of processes and
 * organizations; secretariat accounts; counts and groups of participants; people's posts; a source
 * that supersedes another. The same
 * seed always gives the same document.
 *
 * <p>A sibling of {@link RandomDocuments} (which other oracles use unchanged).
 */
final class CatalogueDocuments {

  private static final String[] STATES = {"KAZ", "KGZ", "TKM", "TUR", "XKX"};
  private static final String[] SOURCES = {"s1", "s2", "s3", "s4"};

  private final Random random;

  private CatalogueDocuments(long seed) {
    this.random = new Random(seed);
  }

  /** The document of a seed. */
  static Document of(long seed) {
    return new CatalogueDocuments(seed).document();
  }

  private boolean oneIn(int n) {
    return random.nextInt(n) == 0;
  }

  private Document document() {
    Document.Builder doc = Document.builder();
    if (random.nextInt(3) > 0) {
      doc.asOf(date());
    }
    for (String s : SOURCES) {
      Source.Builder source = Source.builder().id(s).title("Source " + s);
      if (oneIn(6)) {
        source.published(date());
      }
      if (s.equals("s4") && random.nextBoolean()) {
        // s4 is a later version of s3 (and s3 sometimes of s2): records citing only s3 are outdated.
        source.supersedes("s3");
      }
      if (s.equals("s3") && oneIn(4)) {
        source.supersedes(oneIn(4) ? "s9" : "s2");
      }
      doc.addSources(source.build());
    }
    if (oneIn(12)) {
      doc.addSources(Source.builder().id("s2").title("Source s2 again").build());
    }
    if (oneIn(4)) {
      doc.addStates(State.of("KAZ", "Kazakhstan"));
      if (oneIn(3)) {
        doc.addStates(State.of(oneIn(2) ? "KAZ" : "XKX", "Again"));
      }
      if (oneIn(3)) {
        doc.addStates(State.builder().code("KGZ").name("Kyrgyzstan")
            .addFormerNames(FormerName.of("Kirghizia", period())).addAllSources(sources()).build());
      }
    }
    organizations(doc);
    Framework.Builder gcm = Framework.builder().id("gcm").name("GCM");
    if (random.nextInt(4) > 0) {
      gcm.adopted(date());
    }
    doc.addFrameworks(gcm.addAllSources(sources()).build());
    if (oneIn(12)) {
      doc.addFrameworks(Framework.builder().id("gcm").name("GCM again").adopted(date()).build());
    }
    if (oneIn(5)) {
      Post.Builder post = Post.builder().title("Chair").period(period()).addAllSources(sources());
      if (oneIn(2)) {
        // A post held in a process's chair term (format 1.1), named within that process.
        post.process(oneIn(4) ? "p7" : "p0");
        if (random.nextBoolean()) {
          post.chairTerm(oneIn(2) ? "t0" : "t9");
        }
      }
      if (random.nextBoolean()) {
        post.organization(oneIn(3) ? "ghost" : "iom");
      } else {
        post.state(state());
      }
      doc.addPeople(Person.builder().id("x").name("X").addPosts(post.build()).build());
      if (oneIn(5)) {
        doc.addPeople(Person.builder().id("x").name("Y").build());
      }
    }
    int processes = 2 + (oneIn(3) ? 1 : 0);
    for (int p = 0; p < processes; p++) {
      doc.addProcesses(process(p, processes));
    }
    if (oneIn(15)) {
      doc.addProcesses(ConsultativeProcess.builder().id("p0").name("P0 again").kind(ProcessKind.RCP).build());
    }
    return doc.build();
  }

  private void organizations(Document.Builder doc) {
    Organization.Builder iom = Organization.builder().id("iom").name("IOM").addAllSources(sources());
    Organization.Builder icmpd = Organization.builder().id("icmpd").name("ICMPD");
    int parents = random.nextInt(6);
    if (parents == 0) {
      // A loop of two.
      iom.parent("icmpd");
      icmpd.parent("iom");
    } else if (parents == 1) {
      iom.parent("icmpd");
    } else if (parents == 2) {
      icmpd.parent(oneIn(2) ? "ghost" : "icmpd");
    }
    if (oneIn(5)) {
      iom.founded(date());
    }
    if (oneIn(6)) {
      icmpd.addFormerNames(FormerName.of("ICMPD old", period()));
    }
    int figures = random.nextBoolean() ? 1 + random.nextInt(4) : 0;
    for (int f = 0; f < figures; f++) {
      iom.addFigures(figure());
    }
    doc.addOrganizations(iom.build(), icmpd.build());
    if (oneIn(12)) {
      doc.addOrganizations(Organization.builder().id("iom").name("IOM again").build());
    }
  }

  private ConsultativeProcess process(int index, int processes) {
    ConsultativeProcess.Builder b = ConsultativeProcess.builder().id("p" + index).name("P" + index)
        .kind(ProcessKind.RCP);
    if (random.nextBoolean()) {
      b.established(date());
    }
    if (oneIn(3)) {
      int statements = 1 + random.nextInt(2);
      for (int s = 0; s < statements; s++) {
        b.addStatements(Statement.builder().property(StatedProperty.ESTABLISHED).date(date())
            .addAllSources(sources()).build());
      }
    }
    if (oneIn(6)) {
      b.addStatements(Statement.builder().property(StatedProperty.NAME).text("P" + index).addSources("s1").build(),
          Statement.builder().property(StatedProperty.NAME).text(oneIn(2) ? "P" + index : "Q" + index)
              .addSources("s2").build());
    }
    if (oneIn(8)) {
      b.addFrameworks(oneIn(2) ? "gcm" : "nyd");
    }
    b.addAllSources(oneIn(8) ? List.of("s9") : List.of());
    b.membershipRule(MembershipRule.builder().organizationsAdmitted(random.nextInt(4) == 0).build());
    ChairingRule.Builder chairing = ChairingRule.builder().maxConcurrentChairs(1 + random.nextInt(2));
    if (random.nextInt(5) < 2) {
      chairing.termMonths(random.nextBoolean() ? 12 : 6 + random.nextInt(30));
    }
    if (oneIn(3)) {
      chairing.selection(ChairSelection.ANNUAL_HOST);
    }
    b.chairingRule(chairing.build());
    participations(b);
    chairs(b);
    int meetings = random.nextInt(5);
    Period previousMeeting = null;
    for (int m = 0; m < meetings; m++) {
      String id = oneIn(15) && index > 0 ? "m0-0" : oneIn(15) && m > 0 ? "m" + index + "-0" : "m" + index + "-" + m;
      Meeting.Builder meeting = Meeting.builder().id(id)
          .level(random.nextInt(3) > 0 ? MeetingLevel.MINISTERIAL_CONFERENCE : MeetingLevel.SENIOR_OFFICIALS)
          .period(previousMeeting != null && oneIn(4) ? previousMeeting
              : random.nextInt(3) == 0 ? period() : Period.of(date()));
      if (random.nextInt(3) > 0) {
        meeting.ordinal(1 + random.nextInt(4));
      }
      if (random.nextInt(3) > 0) {
        meeting.host(state());
      }
      meeting.addAllSources(sources());
      Meeting built = meeting.build();
      previousMeeting = built.getPeriod(); // sometimes shared by the next: two meetings of one date
      b.addMeetings(built);
    }
    int declarations = random.nextInt(3);
    for (int d = 0; d < declarations; d++) {
      String id = oneIn(12) && index > 0 ? "d0-0" : "d" + index + "-" + d;
      Declaration.Builder declaration = Declaration.builder().id(id).title("D").adopted(date());
      int shape = random.nextInt(8);
      if (meetings > 0 && shape < 4) {
        declaration.meeting("m" + index + "-" + random.nextInt(meetings));
      } else if (shape == 4) {
        declaration.meeting("m" + ((index + 1) % processes) + "-0"); // another process's, or none
      } else if (shape == 5) {
        declaration.meeting("m9-9");
      }
      int adopters = random.nextInt(3);
      for (int a = 0; a < adopters; a++) {
        declaration.addAdopters(participant());
      }
      if (random.nextInt(3) > 0) {
        declaration.addFrameworks("gcm");
      }
      if (oneIn(8)) {
        declaration.addFrameworks("nyd");
      }
      declaration.addAllSources(sources());
      b.addDeclarations(declaration.build());
    }
    int figures = random.nextInt(5);
    for (int f = 0; f < figures; f++) {
      b.addFigures(figure());
    }
    if (oneIn(3)) {
      secretariats(b);
    }
    if (oneIn(4)) {
      // Format 1.1's open world: a count of members and a group, with their own sources and dates.
      b.addParticipantCounts(ParticipantCount.builder().role(Role.MEMBER).value(random.nextInt(8))
          .asOf(date()).addAllSources(sources()).build());
    }
    if (oneIn(5)) {
      ParticipantGroup.Builder group = ParticipantGroup.builder().id(oneIn(4) ? "g0" : "g" + random.nextInt(3))
          .name("Group").role(Role.OBSERVER).addAllSources(sources());
      if (random.nextBoolean()) {
        group.membersOf(oneIn(3) ? "ghost" : "iom");
      } else {
        group.addMembers(participant(), participant());
      }
      if (random.nextBoolean()) {
        group.period(period());
      }
      b.addGroups(group.build());
      if (oneIn(3)) {
        b.addGroups(ParticipantGroup.builder().id("g0").name("Again").addMembers(Participant.state(state())).build());
      }
    }
    return b.build();
  }

  private void participations(ConsultativeProcess.Builder b) {
    int participants = random.nextInt(4);
    for (int k = 0; k < participants; k++) {
      Participant who = participant();
      int records = 1 + random.nextInt(random.nextInt(3) == 0 ? 6 : 3);
      for (int r = 0; r < records; r++) {
        Participation.Builder record = Participation.builder().participant(who).role(role());
        int shape = random.nextInt(6);
        if (shape > 0) {
          record.period(period());
        }
        if (shape == 0 || oneIn(5)) {
          record.asOf(date());
        }
        record.addAllSources(sources());
        b.addParticipations(record.build());
      }
    }
  }

  private void chairs(ConsultativeProcess.Builder b) {
    List<List<Participant>> sets = List.of(List.of(Participant.state("KAZ")), List.of(Participant.state("KGZ")),
        List.of(Participant.state("TUR")), List.of(Participant.state("KAZ"), Participant.state("KGZ")),
        List.of(Participant.organization(oneIn(4) ? "ghost" : "iom")), List.of(Participant.state("XKX")));
    int chairs = random.nextInt(5);
    Chairmanship previous = null;
    for (int c = 0; c < chairs; c++) {
      int set = random.nextInt(sets.size() - 2) + (oneIn(10) ? 2 : 0);
      Period period = period();
      if (previous != null && previous.getPeriod().getEnd().isPresent() && oneIn(3)) {
        // A hand-over in the unit the previous term ends in.
        PartialDate end = previous.getPeriod().getEnd().get();
        period = Period.parse(end + "/" + (random.nextBoolean() ? ".." : Integer.toString(end.getYear() + 1)));
      }
      Chairmanship.Builder chair = Chairmanship.builder().chairs(sets.get(set)).period(period);
      if (oneIn(5)) {
        chair.coChair(participant());
      }
      if (oneIn(3)) {
        chair.status(ChairStatus.values()[random.nextInt(ChairStatus.values().length)]);
      }
      if (oneIn(4)) {
        chair.ordinal(1 + random.nextInt(3));
      }
      if (oneIn(5)) {
        chair.id(oneIn(3) ? "t0" : "t" + c);
      }
      chair.addAllSources(sources());
      Chairmanship term = chair.build();
      b.addChairs(term);
      if (oneIn(3)) {
        // The same term from another source: agreeing, refining or disputing it.
        String other = term.getSources().contains("s1") ? (oneIn(2) ? "s3" : "s2") : "s1";
        Period restated = term.getPeriod().getStart().isPresent() && random.nextBoolean()
            ? Period.parse(term.getPeriod().getStart().get() + "/" + date()) : period();
        Chairmanship.Builder again = Chairmanship.builder().from(term).period(restated).sources(List.of(other));
        if (oneIn(5)) {
          again.sources(List.of("s4"));
        }
        b.addChairs(again.build());
      }
      previous = term;
    }
  }

  private void secretariats(ConsultativeProcess.Builder b) {
    int accounts = 1 + random.nextInt(3);
    for (int a = 0; a < accounts; a++) {
      Secretariat.Builder s = Secretariat.builder().role(random.nextBoolean() ? Role.SECRETARIAT : Role.SUPPORT_UNIT);
      if (oneIn(6)) {
        s.host(state());
      } else {
        s.addPerformers(oneIn(5) ? Participant.organization("ghost") : Participant.organization("iom"));
      }
      int shape = random.nextInt(4);
      if (shape > 0) {
        s.period(period());
      }
      if (shape == 0 || oneIn(4)) {
        s.asOf(date());
      }
      s.addAllSources(sources());
      b.addSecretariats(s.build());
    }
  }

  private MigrationFigure figure() {
    MigrationFigure.Builder figure = MigrationFigure.builder().metric(random.nextBoolean() ? "migrants" : "refugees")
        .value(BigDecimal.valueOf(random.nextInt(5) - 1)).approximation(Approximation.EXACT)
        .scope(FigureScope.values()[random.nextInt(FigureScope.values().length)]);
    if (random.nextInt(3) > 0) {
      figure.referenceDate(PartialDate.parse(Integer.toString(2015 + random.nextInt(2))));
    }
    figure.addAllSources(sources());
    return figure.build();
  }

  private String state() {
    return STATES[random.nextInt(STATES.length)];
  }

  private Participant participant() {
    int r = random.nextInt(12);
    return r == 0 ? Participant.organization("iom") : r == 1 ? Participant.organization(oneIn(2) ? "ghost" : "icmpd")
        : Participant.state(STATES[random.nextInt(STATES.length - 1)] + "");
  }

  private Role role() {
    int r = random.nextInt(10);
    return r < 4 ? Role.MEMBER : r < 6 ? Role.OBSERVER : r < 7 ? Role.CANDIDATE : r < 8 ? Role.SECRETARIAT
        : r < 9 ? Role.SUPPORT_UNIT : Role.INVITED;
  }

  private List<String> sources() {
    List<String> out = new ArrayList<>();
    int shape = random.nextInt(6);
    if (shape == 0) {
      return out;
    }
    out.add(oneIn(20) ? "s9" : SOURCES[random.nextInt(SOURCES.length)]);
    if (shape == 5) {
      String second = SOURCES[random.nextInt(SOURCES.length)];
      if (!out.contains(second)) {
        out.add(second);
      }
    }
    return out;
  }

  /**
   * A date in 2012 to 2016, mostly on unit boundaries, at year, month or day precision; now and
   * then qualified ({@code 2014?}, {@code 2014-06~}) or with unspecified digits ({@code 201X},
   * {@code 2014-XX}).
   */
  private PartialDate date() {
    int year = 2012 + random.nextInt(5);
    int kind = random.nextInt(40);
    if (kind == 0) {
      return PartialDate.parse("201X");
    }
    if (kind == 1) {
      return PartialDate.parse(year + "-XX");
    }
    PartialDate plain = switch (random.nextInt(3)) {
      case 0 -> PartialDate.ofYear(year);
      case 1 -> PartialDate.ofYearMonth(year, month());
      default -> {
        int month = month();
        int day = random.nextBoolean() ? 1 : random.nextBoolean() ? 28 : 1 + random.nextInt(28);
        yield PartialDate.of(year, month, day);
      }
    };
    if (kind < 5) {
      return plain.withQualifier(kind % 2 == 0, kind % 3 == 0 || kind == 4);
    }
    return plain;
  }

  private int month() {
    int[] common = {1, 6, 12};
    return random.nextBoolean() ? common[random.nextInt(common.length)] : 1 + random.nextInt(12);
  }

  private Period period() {
    PartialDate start = date();
    PartialDate end = date();
    int shape = random.nextInt(12);
    if (shape == 0) {
      return Period.parse(start + "/..");
    }
    if (shape == 1) {
      return Period.parse(start + "/");
    }
    if (shape == 2) {
      return Period.parse("/" + end);
    }
    if (shape == 3) {
      return Period.of(start);
    }
    if (shape == 4) {
      return Period.parse("../" + end);
    }
    // Mostly in order; sometimes reversed.
    if (end.isBefore(start) == org.rcpmodel.time.Answer.YES && random.nextInt(4) > 0) {
      PartialDate t = start;
      start = end;
      end = t;
    }
    return Period.of(start, end);
  }
}
