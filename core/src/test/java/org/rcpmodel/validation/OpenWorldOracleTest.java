package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.rcpmodel.validation.RuleCatalogue.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Approximation;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.CompleteList;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FigureScope;
import org.rcpmodel.Meeting;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.ParticipantKind;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;
import org.rcpmodel.time.SpanDays;

/**
 * A naive reference, written straight from docs/RULES.md ("The open world"), for the four rules that
 * reason on the absence of a record: {@code process.no-members}, {@code chair.not-member},
 * {@code meeting.host-not-participant} and {@code declaration.adopter-not-participant}. Every record
 * is compared with the date or term directly, one at a time (no index, no shared OpenWorld): the
 * evidence that participants may go unnamed is recounted from the counts and groups, complete lists
 * are compared with each date. The engine's findings for these codes equal the reference's exactly
 * (code, severity, JSON Pointer) on generated documents ({@link RandomDocuments#openWorld}: several
 * processes, counts, groups, complete lists at year, month and day dates; chairs, hosts and adopters
 * with no record, with records ending before, with exclusive roles). Each participant keeps at most
 * one membership record here, so that "member all through the term" is one record's answer: the
 * joining of memberships into chains is the membership index's matter, not the open world's.
 */
class OpenWorldOracleTest {

  /** The reference's findings, as "code SEVERITY pointer". */
  static Set<String> reference(Document doc) {
    Set<String> out = new HashSet<>();
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ConsultativeProcess process = doc.getProcesses().get(p);
      String base = "/processes/" + p;
      noMembers(out, process, base);
      for (int j = 0; j < process.getChairs().size(); j++) {
        Chairmanship term = process.getChairs().get(j);
        for (int k = 0; k < term.getChairs().size(); k++) {
          Severity s = chairNotMember(process, term, term.getChairs().get(k));
          if (s != null) {
            out.add(CHAIR_NOT_MEMBER + " " + s + " " + base + "/chairs/" + j + "/chairs/" + k);
          }
        }
      }
      for (int m = 0; m < process.getMeetings().size(); m++) {
        Meeting meeting = process.getMeetings().get(m);
        Optional<PartialDate> date = meeting.getPeriod().getStart();
        if (meeting.getHost().isPresent() && date.isPresent() && !exempt(process, date.get())) {
          Severity s = absent(process, Participant.state(meeting.getHost().get()), date.get(), Severity.WARNING);
          if (s != null) {
            out.add(MEETING_HOST_NOT_PARTICIPANT + " " + s + " " + base + "/meetings/" + m + "/host");
          }
        }
      }
      for (int d = 0; d < process.getDeclarations().size(); d++) {
        Declaration declaration = process.getDeclarations().get(d);
        if (exempt(process, declaration.getAdopted())) {
          continue;
        }
        for (int k = 0; k < declaration.getAdopters().size(); k++) {
          Severity s = absent(process, declaration.getAdopters().get(k), declaration.getAdopted(), Severity.ERROR);
          if (s != null) {
            out.add(DECLARATION_ADOPTER_NOT_PARTICIPANT + " " + s + " " + base + "/declarations/" + d + "/adopters/" + k);
          }
        }
      }
    }
    return out;
  }

  /** process.no-members: a named member, or a count, group or member figure above 0, shows members. */
  private static void noMembers(Set<String> out, ConsultativeProcess process, String base) {
    boolean members = process.getParticipations().stream().anyMatch(r -> r.getRole() == Role.MEMBER)
        || process.getParticipantCounts().stream().anyMatch(c -> c.getRole() == Role.MEMBER && c.getValue() > 0)
        || process.getGroups().stream().anyMatch(g -> g.getRole().equals(Optional.of(Role.MEMBER)))
        || process.getFigures().stream().anyMatch(f -> (f.getMetric().equals("memberStates")
            || f.getMetric().equals("memberOrganizations") || f.getMetric().equals("members"))
            && (f.getScope() == FigureScope.SUBJECT || f.getScope() == FigureScope.MEMBERS)
            && f.getValue().compareTo(BigDecimal.ZERO) > 0);
    if (members) {
      return;
    }
    boolean declared = process.getCompleteLists().stream().anyMatch(l -> l.getRole() == Role.MEMBER)
        || process.getParticipantCounts().stream().anyMatch(c -> c.getRole() == Role.MEMBER && c.getValue() <= 0
            && (c.getApproximation().orElse(Approximation.EXACT) == Approximation.EXACT
                || c.getApproximation().get() == Approximation.UNDER));
    out.add(PROCESS_NO_MEMBERS + " " + (declared ? Severity.ERROR : Severity.INFO) + " " + base + "/participations");
  }

  /** chair.not-member for one chair of a term, or null for no finding. */
  private static Severity chairNotMember(ConsultativeProcess process, Chairmanship term, Participant chair) {
    Span span = Span.of(term.getPeriod());
    List<Participation> memberships = records(process, chair, Role.MEMBER);
    Answer member = Answer.NO;
    for (Participation r : memberships) {
      member = member.or(within(term.getPeriod(), r));
    }
    Answer notMember = member.not();
    if (notMember == Answer.NO || !groups(process, chair, Role.MEMBER).isEmpty()) {
      return null;
    }
    boolean unnamed = mayLeaveUnnamed(process, Role.MEMBER, chair.kind(), SpanDays.earliestStart(span), SpanDays.latestEnd(span));
    if (notMember == Answer.YES) {
      Answer listed = Answer.NO;
      for (CompleteList list : process.getCompleteLists()) {
        Answer memberThen = Answer.NO;
        for (Participation r : memberships) {
          memberThen = memberThen.or(r.span().contains(list.getAsOf()));
        }
        if (list.getRole() == Role.MEMBER && memberThen == Answer.NO) {
          listed = listed.or(span.contains(list.getAsOf()));
        }
      }
      boolean exclusive = false;
      for (Participation r : process.getParticipations()) {
        exclusive |= r.getParticipant().equals(chair) && (r.getRole() == Role.OBSERVER || r.getRole() == Role.CANDIDATE)
            && r.span().contains(span) == Answer.YES;
      }
      if (listed == Answer.YES || exclusive) {
        return Severity.ERROR;
      }
      if (unnamed) {
        return Severity.INFO;
      }
      if (listed == Answer.MAYBE) {
        return Severity.WARNING;
      }
      return memberships.isEmpty() ? Severity.INFO : Severity.WARNING;
    }
    if (unnamed) {
      return Severity.INFO;
    }
    // Principle 4: possible only because the term or a membership that may hold it has an unrecorded end.
    boolean unrecorded = unknown(term.getPeriod());
    for (Participation r : memberships) {
      unrecorded |= (r.getPeriod().isEmpty() || unknown(r.getPeriod().get())) && within(term.getPeriod(), r) != Answer.NO;
    }
    return unrecorded ? Severity.INFO : Severity.WARNING;
  }

  /**
   * Whether a term lies within a membership record, with the refinement principle of RULES.md: a
   * term's start inside the unit of the record's start (or its end inside the unit of the record's
   * end) agrees with it; otherwise the days decide (start no later, end no earlier).
   */
  private static Answer within(Period term, Participation record) {
    Span t = Span.of(term);
    Span r = record.span();
    Period period = record.getPeriod().orElse(Period.unknown());
    Answer start = term.getStart().isPresent() && period.getStart().isPresent()
        && period.getStart().get().encloses(term.getStart().get()) ? Answer.YES
        : noLater(SpanDays.earliestStart(r), SpanDays.latestStart(r), SpanDays.earliestStart(t), SpanDays.latestStart(t));
    Answer end = term.getEnd().isPresent() && period.getEnd().isPresent()
        && period.getEnd().get().encloses(term.getEnd().get()) ? Answer.YES
        : noLater(SpanDays.earliestEnd(t), SpanDays.latestEnd(t), SpanDays.earliestEnd(r), SpanDays.latestEnd(r));
    return start.and(end);
  }

  /** Whether a day in [aLow, aHigh] is no later than a day in [bLow, bHigh]. */
  private static Answer noLater(long aLow, long aHigh, long bLow, long bHigh) {
    return aHigh <= bLow ? Answer.YES : aLow > bHigh ? Answer.NO : Answer.MAYBE;
  }

  private static boolean unknown(Period period) {
    return period.getStartKind() == Period.BoundKind.UNKNOWN || period.getEndKind() == Period.BoundKind.UNKNOWN;
  }

  /** meeting.host-not-participant and declaration.adopter-not-participant, or null for no finding. */
  private static Severity absent(ConsultativeProcess process, Participant who, PartialDate date, Severity rule) {
    List<Span> spans = new ArrayList<>();
    for (Participation r : records(process, who, null)) {
      spans.add(r.span());
    }
    spans.addAll(groups(process, who, null));
    Answer takesPart = Answer.NO;
    for (Span s : spans) {
      takesPart = takesPart.or(s.contains(date));
    }
    boolean unnamed = false;
    for (Role role : Role.values()) {
      unnamed |= mayLeaveUnnamed(process, role, who.kind(), SpanDays.first(date), SpanDays.last(date));
    }
    if (takesPart == Answer.YES) {
      return null;
    }
    if (takesPart == Answer.MAYBE) {
      return unnamed ? Severity.INFO : rule.lowered();
    }
    boolean closed = true;
    for (Role role : Role.values()) {
      boolean thisRole = false;
      for (CompleteList list : process.getCompleteLists()) {
        thisRole |= list.getRole() == role && list.getAsOf().encloses(date);
      }
      closed &= thisRole;
    }
    if (closed) {
      return rule;
    }
    if (unnamed) {
      return Severity.INFO;
    }
    return spans.isEmpty() ? Severity.INFO : Severity.WARNING;
  }

  /**
   * Whether counts or groups say participants of the role and kind may go unnamed, and no complete
   * list of the role may fall within the days.
   */
  private static boolean mayLeaveUnnamed(ConsultativeProcess process, Role role, ParticipantKind kind, long from, long to) {
    for (CompleteList list : process.getCompleteLists()) {
      if (list.getRole() == role && SpanDays.last(list.getAsOf()) >= from && SpanDays.first(list.getAsOf()) <= to) {
        return false;
      }
    }
    for (ParticipantCount count : process.getParticipantCounts()) {
      if (count.getRole() != role || count.getParticipantKind().isPresent() && count.getParticipantKind().get() != kind) {
        continue;
      }
      Set<Participant> named = new HashSet<>();
      for (Participation r : process.getParticipations()) {
        if (r.getRole() == role && (count.getParticipantKind().isEmpty() || r.getParticipant().kind() == kind)) {
          named.add(r.getParticipant());
        }
      }
      if (count.mayExceed(named.size())) {
        return true;
      }
    }
    for (ParticipantGroup group : process.getGroups()) {
      if (group.getRole().equals(Optional.of(role)) && (group.getMembersOf().isPresent() || group.getMembers().isEmpty())) {
        return true;
      }
    }
    return false;
  }

  private static List<Participation> records(ConsultativeProcess process, Participant who, Role role) {
    List<Participation> out = new ArrayList<>();
    for (Participation r : process.getParticipations()) {
      if (r.getParticipant().equals(who) && (role == null || r.getRole() == role)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The spans of the groups holding the role (null: any) that name the participant. */
  private static List<Span> groups(ConsultativeProcess process, Participant who, Role role) {
    List<Span> out = new ArrayList<>();
    for (ParticipantGroup group : process.getGroups()) {
      if (group.getRole().isPresent() && (role == null || group.getRole().get() == role) && group.getMembers().contains(who)) {
        Period period = group.getPeriod().orElse(Period.unknown());
        out.add(group.getAsOf().isPresent() ? Span.of(period, group.getAsOf().get()) : Span.of(period));
      }
    }
    return out;
  }

  /** Whether a date is or may be from before the process was established (such records are exempt). */
  private static boolean exempt(ConsultativeProcess process, PartialDate date) {
    Optional<PartialDate> established = process.getEstablished();
    return established.isPresent() && !established.get().encloses(date)
        && date.isBefore(established.get()) != Answer.NO;
  }

  private static final Set<String> CODES = Set.of(PROCESS_NO_MEMBERS, CHAIR_NOT_MEMBER, MEETING_HOST_NOT_PARTICIPANT,
      DECLARATION_ADOPTER_NOT_PARTICIPANT);

  static Set<String> engine(Document doc) {
    Set<String> out = new HashSet<>();
    for (Finding f : RuleEngine.check(doc, true)) {
      if (CODES.contains(f.rule().code())) {
        out.add(f.rule().code() + " " + f.severity() + " " + f.pointer());
      }
    }
    return out;
  }

  /**
   * The generated document of a seed, each participant keeping only its first membership record and
   * only records and chair terms that some reading makes true.
   */
  static Document document(long seed) {
    Document doc = RandomDocuments.openWorld(seed);
    Document.Builder out = Document.builder().from(doc).processes(List.of());
    for (ConsultativeProcess process : doc.getProcesses()) {
      Set<Participant> members = new HashSet<>();
      List<Participation> kept = new ArrayList<>();
      for (Participation r : process.getParticipations()) {
        // A record no reading can make true (an as-of date outside its period, a reversed period) is
        // period.reversed's matter; the membership index reads its bounds, not its emptiness.
        if (r.span().isSatisfiable() && (r.getRole() != Role.MEMBER || members.add(r.getParticipant()))) {
          kept.add(r);
        }
      }
      List<Chairmanship> terms = new ArrayList<>();
      for (Chairmanship term : process.getChairs()) {
        if (Span.of(term.getPeriod()).isSatisfiable()) {
          terms.add(term);
        }
      }
      out.addProcesses(ConsultativeProcess.builder().from(process).participations(kept).chairs(terms).build());
    }
    return out.build();
  }

  /** How many documents the property generates: 1,500 by default, more with {@code -Drcp.oracle.examples=N}. */
  private static final int EXAMPLES = Integer.getInteger("rcp.oracle.examples", 1500);

  @Test
  void theEngineFindsExactlyTheOpenWorldFindingsThePairwiseReferenceFinds() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      Document doc = document(seed);
      assertThat(engine(doc)).as("seed %d", seed).isEqualTo(reference(doc));
    });
  }

  @Test
  void theGeneratedDocumentsReachEveryKindOfFinding() {
    // The property above would pass vacuously if the generator never produced these.
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < 1500; seed++) {
      for (String finding : reference(document(seed))) {
        seen.add(finding.substring(0, finding.indexOf(" /")));
      }
    }
    assertThat(seen).contains(PROCESS_NO_MEMBERS + " ERROR", PROCESS_NO_MEMBERS + " INFO",
        CHAIR_NOT_MEMBER + " ERROR", CHAIR_NOT_MEMBER + " WARNING", CHAIR_NOT_MEMBER + " INFO",
        MEETING_HOST_NOT_PARTICIPANT + " WARNING", MEETING_HOST_NOT_PARTICIPANT + " INFO",
        DECLARATION_ADOPTER_NOT_PARTICIPANT + " ERROR", DECLARATION_ADOPTER_NOT_PARTICIPANT + " WARNING",
        DECLARATION_ADOPTER_NOT_PARTICIPANT + " INFO");
  }

  @Test
  void everyWayToAnErrorIsReached() {
    // chair.not-member ERROR by a complete list and by an exclusive role, each without the other.
    boolean byList = false;
    boolean byRole = false;
    for (long seed = 0; seed < 3000 && !(byList && byRole); seed++) {
      Document doc = document(seed);
      for (ConsultativeProcess process : doc.getProcesses()) {
        for (Chairmanship term : process.getChairs()) {
          for (Participant chair : term.getChairs()) {
            if (chairNotMember(process, term, chair) == Severity.ERROR) {
              boolean exclusive = process.getParticipations().stream().anyMatch(r -> r.getParticipant().equals(chair)
                  && (r.getRole() == Role.OBSERVER || r.getRole() == Role.CANDIDATE)
                  && r.span().contains(Span.of(term.getPeriod())) == Answer.YES);
              byRole |= exclusive;
              byList |= !exclusive;
            }
          }
        }
      }
    }
    assertThat(byList).as("an ERROR proven by a complete list").isTrue();
    assertThat(byRole).as("an ERROR proven by an exclusive role").isTrue();
  }

  @Test
  void aFigureThatCountsTheMemberStatesIsNotAProcessWithoutMembers() {
    // Sanity of the reference itself against a hand-made case, in a format 1.0 document.
    Document doc = Docs.with(ConsultativeProcess.builder().id("p").name("P").kind(org.rcpmodel.ProcessKind.RCP)
        .addFigures(MigrationFigure.builder().metric("memberStates").value(BigDecimal.valueOf(45))
            .approximation(Approximation.EXACT).scope(FigureScope.SUBJECT).build()));
    assertThat(reference(doc)).isEmpty();
    assertThat(engine(doc)).isEmpty();
  }
}
