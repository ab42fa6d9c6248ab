package org.rcpmodel.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FigureScope;
import org.rcpmodel.Framework;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.MembershipRule;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * Small documents made from a seed, for property tests that compare two ways of validating: several
 * processes; a few participants, each with up to eight records per role; dates at year, month and
 * day precision drawn from a few years so that hand-overs (an end equal to the next start), shared
 * units and refinements are frequent; open and unknown ends; records held on an as-of date; several
 * disjoint and shared sources; co-chairs; meetings with hosts and ordinals; declarations with
 * adopters, meetings and frameworks; figures. The same seed always gives the same document.
 */
final class RandomDocuments {

  private static final String[] STATES = {"KAZ", "KGZ", "TKM", "TUR"};
  private static final String[] SOURCES = {"s1", "s2", "s3"};

  private final Random random;

  private RandomDocuments(long seed) {
    this.random = new Random(seed);
  }

  /** The document of a seed. */
  static Document of(long seed) {
    return new RandomDocuments(seed).document();
  }

  /**
   * The document of a seed ({@link #of}) with, in about two processes of three, what format 1.1 says
   * beyond the named records, drawn from a second generator so that the base document stays the
   * same: member and observer counts (exact, "over", some filled by the named records), groups
   * holding a role (naming a few States, standing for an organization's members, or naming none;
   * with or without a period), and complete lists of a role at year, month or day dates.
   */
  static Document openWorld(long seed) {
    Document base = of(seed);
    RandomDocuments extra = new RandomDocuments(seed * 31 + 7);
    Document.Builder doc = Document.builder().from(base).processes(List.of());
    for (ConsultativeProcess process : base.getProcesses()) {
      doc.addProcesses(extra.random.nextInt(3) == 0 ? process : extra.openWorld(process));
    }
    return doc.build();
  }

  private ConsultativeProcess openWorld(ConsultativeProcess process) {
    ConsultativeProcess.Builder b = ConsultativeProcess.builder().from(process);
    int counts = random.nextInt(3);
    for (int c = 0; c < counts; c++) {
      org.rcpmodel.ParticipantCount.Builder count = org.rcpmodel.ParticipantCount.builder()
          .role(random.nextInt(3) > 0 ? Role.MEMBER : Role.OBSERVER).value(1 + random.nextInt(3)).addAllSources(sources());
      if (random.nextBoolean()) {
        count.participantKind(random.nextInt(4) > 0 ? org.rcpmodel.ParticipantKind.STATE
            : org.rcpmodel.ParticipantKind.ORGANIZATION);
      }
      if (random.nextInt(3) == 0) {
        count.approximation(org.rcpmodel.Approximation.OVER);
      }
      if (random.nextBoolean()) {
        count.asOf(date());
      }
      b.addParticipantCounts(count.build());
    }
    int groups = random.nextInt(3);
    for (int g = 0; g < groups; g++) {
      org.rcpmodel.ParticipantGroup.Builder group = org.rcpmodel.ParticipantGroup.builder().id("g" + g).name("G" + g);
      if (random.nextInt(4) > 0) {
        group.role(random.nextInt(3) > 0 ? Role.MEMBER : Role.OBSERVER);
      }
      int shape = random.nextInt(4);
      if (shape == 0) {
        group.membersOf("iom");
      } else if (shape > 1) {
        group.addMembers(Participant.state(STATES[random.nextInt(STATES.length)]));
        if (random.nextBoolean()) {
          group.addMembers(Participant.state(STATES[random.nextInt(STATES.length)]));
        }
      }
      if (random.nextBoolean()) {
        group.period(period());
      } else if (random.nextInt(3) == 0) {
        group.asOf(date());
      }
      b.addGroups(group.build());
    }
    int lists = random.nextInt(3);
    for (int l = 0; l < lists; l++) {
      Role role = random.nextInt(3) > 0 ? Role.MEMBER : Role.values()[random.nextInt(Role.values().length)];
      b.addCompleteLists(org.rcpmodel.CompleteList.builder().role(role).asOf(date()).addAllSources(sources()).build());
    }
    if (random.nextInt(4) == 0) {
      // Complete lists of every role on one date: absence then proves a host or adopter took no part.
      PartialDate asOf = date();
      for (Role role : Role.values()) {
        b.addCompleteLists(org.rcpmodel.CompleteList.builder().role(role).asOf(asOf).build());
      }
    }
    if (random.nextInt(4) == 0) {
      b.addFigures(MigrationFigure.builder().metric(random.nextBoolean() ? "memberStates" : "members")
          .value(BigDecimal.valueOf(random.nextInt(3))).approximation(org.rcpmodel.Approximation.EXACT)
          .scope(random.nextBoolean() ? FigureScope.SUBJECT : FigureScope.MEMBERS_AND_OBSERVERS).addAllSources(sources())
          .build());
    }
    return b.build();
  }

  private Document document() {
    Document.Builder doc = Document.builder();
    if (random.nextInt(3) > 0) {
      doc.asOf(date());
    }
    for (String s : SOURCES) {
      doc.addSources(Source.builder().id(s).title("Source " + s).build());
    }
    doc.addOrganizations(Organization.builder().id("iom").name("IOM").build());
    doc.addFrameworks(Framework.builder().id("gcm").name("GCM").adopted(date()).build());
    int processes = 1 + random.nextInt(2);
    for (int p = 0; p < processes; p++) {
      doc.addProcesses(process(p));
    }
    return doc.build();
  }

  private ConsultativeProcess process(int index) {
    ConsultativeProcess.Builder b = ConsultativeProcess.builder().id("p" + index).name("P" + index)
        .kind(ProcessKind.RCP);
    if (random.nextBoolean()) {
      b.established(date());
    }
    b.membershipRule(MembershipRule.builder().organizationsAdmitted(random.nextInt(4) == 0).build());
    ChairingRule.Builder chairing = ChairingRule.builder().maxConcurrentChairs(1 + random.nextInt(2));
    if (random.nextInt(3) == 0) {
      chairing.termMonths(6 + random.nextInt(30));
    }
    b.chairingRule(chairing.build());
    int participants = random.nextInt(4);
    for (int k = 0; k < participants; k++) {
      Participant who = participant();
      int records = 1 + random.nextInt(random.nextInt(3) == 0 ? 8 : 3);
      for (int r = 0; r < records; r++) {
        Participation.Builder record = Participation.builder().participant(who).role(role());
        int shape = random.nextInt(6);
        if (shape > 0) {
          record.period(period());
        }
        if (shape == 0 || random.nextInt(5) == 0) {
          record.asOf(date());
        }
        record.addAllSources(sources());
        b.addParticipations(record.build());
      }
    }
    int chairs = random.nextInt(4);
    for (int c = 0; c < chairs; c++) {
      Chairmanship.Builder chair = Chairmanship.builder().addChairs(participant()).period(period());
      if (random.nextInt(4) == 0) {
        chair.addChairs(participant());
      }
      if (random.nextInt(4) == 0) {
        chair.coChair(participant());
      }
      if (random.nextInt(3) == 0) {
        chair.status(ChairStatus.values()[random.nextInt(ChairStatus.values().length)]);
      }
      chair.addAllSources(sources());
      b.addChairs(chair.build());
    }
    int meetings = random.nextInt(4);
    for (int m = 0; m < meetings; m++) {
      Meeting.Builder meeting = Meeting.builder().id("m" + index + "-" + m)
          .level(random.nextBoolean() ? MeetingLevel.MINISTERIAL_CONFERENCE : MeetingLevel.SENIOR_OFFICIALS)
          .period(random.nextInt(3) == 0 ? period() : Period.of(date()));
      if (random.nextBoolean()) {
        meeting.ordinal(1 + random.nextInt(3));
      }
      if (random.nextBoolean()) {
        meeting.host(STATES[random.nextInt(STATES.length)]);
      }
      b.addMeetings(meeting.build());
    }
    int declarations = random.nextInt(3);
    for (int d = 0; d < declarations; d++) {
      Declaration.Builder declaration = Declaration.builder().id("d" + index + "-" + d).title("D").adopted(date());
      if (meetings > 0 && random.nextBoolean()) {
        declaration.meeting("m" + index + "-" + random.nextInt(meetings));
      } else if (random.nextInt(4) == 0) {
        // A meeting of the other process, or of none.
        declaration.meeting("m" + (1 - index) + "-0");
      }
      int adopters = random.nextInt(3);
      for (int a = 0; a < adopters; a++) {
        declaration.addAdopters(participant());
      }
      if (random.nextBoolean()) {
        declaration.addFrameworks("gcm");
      }
      b.addDeclarations(declaration.build());
    }
    int figures = random.nextInt(4);
    for (int f = 0; f < figures; f++) {
      MigrationFigure.Builder figure = MigrationFigure.builder().metric(random.nextBoolean() ? "migrants" : "refugees")
          .value(BigDecimal.valueOf(random.nextInt(5) - 1)).approximation(org.rcpmodel.Approximation.EXACT)
          .scope(FigureScope.values()[random.nextInt(FigureScope.values().length)]);
      if (random.nextInt(3) > 0) {
        figure.referenceDate(PartialDate.parse(Integer.toString(2015 + random.nextInt(2))));
      }
      figure.addAllSources(sources());
      b.addFigures(figure.build());
    }
    return b.build();
  }

  private Participant participant() {
    return random.nextInt(6) == 0 ? Participant.organization("iom")
        : Participant.state(STATES[random.nextInt(STATES.length)]);
  }

  private Role role() {
    int r = random.nextInt(10);
    return r < 4 ? Role.MEMBER : r < 6 ? Role.OBSERVER : r < 7 ? Role.CANDIDATE : r < 8 ? Role.SECRETARIAT
        : r < 9 ? Role.SUPPORT_UNIT : Role.INVITED;
  }

  private List<String> sources() {
    List<String> out = new ArrayList<>();
    int shape = random.nextInt(5);
    if (shape == 0) {
      return out;
    }
    out.add(SOURCES[random.nextInt(SOURCES.length)]);
    if (shape == 4) {
      String second = SOURCES[random.nextInt(SOURCES.length)];
      if (!out.contains(second)) {
        out.add(second);
      }
    }
    return out;
  }

  /** A date at year, month or day precision in 2013 to 2016, mostly on unit boundaries. */
  private PartialDate date() {
    int year = 2013 + random.nextInt(4);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.parse(Integer.toString(year));
      case 1:
        return PartialDate.of(java.time.YearMonth.of(year, month()));
      default:
        int month = month();
        int day = random.nextBoolean() ? 1 : random.nextBoolean() ? 28 : 1 + random.nextInt(28);
        return PartialDate.of(java.time.LocalDate.of(year, month, day));
    }
  }

  private int month() {
    int[] common = {1, 6, 12};
    return random.nextBoolean() ? common[random.nextInt(common.length)] : 1 + random.nextInt(12);
  }

  private Period period() {
    PartialDate start = date();
    PartialDate end = date();
    int shape = random.nextInt(10);
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
      return Period.parse("/");
    }
    // Mostly in order; sometimes reversed.
    if (end.isBefore(start) == org.rcpmodel.time.Answer.YES && random.nextInt(5) > 0) {
      PartialDate t = start;
      start = end;
      end = t;
    }
    return Period.of(start, end);
  }
}
