package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_MEETING_HOST_NOT_PARTICIPANT;
import static org.rcpmodel.validation.RuleId.RULE_MEETING_ORDINAL_ORDER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.Participant;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;

/**
 * The meeting rules: {@code meeting.host-not-participant} (the host takes part in the process at
 * the meeting's start) and {@code meeting.ordinal-order} (meetings of one level numbered in the
 * order of their dates, no ordinal repeated).
 */
final class MeetingRules {

  private final Findings findings;

  MeetingRules(Findings findings) {
    this.findings = findings;
  }

  void process(ProcessIndex p) {
    List<Meeting> meetings = p.process.getMeetings();
    Map<MeetingLevel, List<Integer>> byLevel = new EnumMap<>(MeetingLevel.class);
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      Optional<String> host = meeting.getHost();
      if (host.isPresent()) {
        hostTakesPart(p, meeting, host.get(), m);
      }
      if (meeting.getOrdinal().isPresent()) {
        byLevel.computeIfAbsent(meeting.getLevel(), k -> new ArrayList<>()).add(m);
      }
    }
    for (List<Integer> level : byLevel.values()) {
      ordinalOrder(p, level);
    }
  }

  private void hostTakesPart(ProcessIndex p, Meeting meeting, String host, int m) {
    Optional<PartialDate> date = meeting.getPeriod().getStart();
    if (date.isEmpty() || p.exempt(date.get())) {
      return;
    }
    Participant state = Participant.state(host);
    if (p.takesPart(state, date.get()) == Answer.YES) {
      return; // the common case: nothing to report, so no place or message text is built
    }
    Attendance.report(findings, p, RULE_MEETING_HOST_NOT_PARTICIPANT, state, date.get(),
        p.at("meetings", m).at("host"), "host", host, "date", date.get().toString());
  }

  /**
   * Up to this many meetings of one level (no real process holds more), each is compared with every
   * meeting of a lower ordinal; beyond, with two running maxima ({@link #ordinalOrder}), which may
   * miss a WARNING: "precedes" is NO at a hand-over, so the meeting that may start latest is no
   * sufficient witness ({@code 2013-01-28~/2016} of ordinal 3 hands over to {@code 2016} of ordinal
   * 1 but may precede {@code 2016-01} of ordinal 2).
   */
  static final int COMPARED_PAIRWISE = 256;

  /**
   * {@link #ordinalOrder} one pair at a time, for {@code level} sorted by ordinal then position: a
   * meeting repeating an ordinal is an ERROR; any other gets the strongest answer to "precedes"
   * over the meetings of lower ordinals (a reversed period precedes nothing; two meetings of the
   * very same period cannot be ordered), naming the first that gives it.
   */
  private void ordinalOrderPairwise(ProcessIndex p, List<Integer> level) {
    List<Meeting> meetings = p.process.getMeetings();
    int groupStart = 0;
    for (int x = 0; x < level.size(); x++) {
      int m = level.get(x);
      Meeting meeting = meetings.get(m);
      if (x > 0 && !meetings.get(level.get(x - 1)).getOrdinal().equals(meeting.getOrdinal())) {
        groupStart = x;
      }
      if (x > groupStart) {
        findings.reportVariant(RULE_MEETING_ORDINAL_ORDER, "repeats", p.at("meetings", m).at("ordinal"),
            "ordinal", meeting.getOrdinal().get().toString(), "first", p.at("meetings", level.get(x - 1)).pointer());
        continue;
      }
      int first = -1;
      Answer earlier = Answer.NO;
      for (int y = 0; y < groupStart && earlier != Answer.YES; y++) {
        Period lower = meetings.get(level.get(y)).getPeriod();
        if (!Span.of(lower).isSatisfiable() || lower.equals(meeting.getPeriod())) {
          continue;
        }
        Answer answer = meeting.getPeriod().isBefore(lower);
        if (answer == Answer.YES || answer == Answer.MAYBE && earlier == Answer.NO) {
          earlier = answer;
          first = level.get(y);
        }
      }
      if (earlier != Answer.NO) {
        findings.report(RULE_MEETING_ORDINAL_ORDER, earlier, p.at("meetings", m).at("ordinal"),
            "ordinal", meeting.getOrdinal().get().toString(), "first", p.at("meetings", first).pointer());
      }
    }
  }

  /**
   * Compares each meeting of one level with all meetings of lower ordinals at once, through the
   * running maxima of their earliest and latest possible starts: a meeting that surely precedes
   * the one that starts latest at the earliest is an ERROR, one that may precede the one that may
   * start latest a WARNING.
   */
  private void ordinalOrder(ProcessIndex p, List<Integer> level) {
    List<Meeting> meetings = p.process.getMeetings();
    level.sort((a, b) -> {
      int byOrdinal = Integer.compare(meetings.get(a).getOrdinal().get(), meetings.get(b).getOrdinal().get());
      return byOrdinal != 0 ? byOrdinal : Integer.compare(a, b);
    });
    if (level.size() <= COMPARED_PAIRWISE) {
      ordinalOrderPairwise(p, level);
      return;
    }
    int byEarliest = -1; // the lower-ordinal meeting with the greatest earliest possible start
    int byLatest = -1; // the one with the greatest latest possible start
    int groupStart = 0;
    for (int x = 0; x < level.size(); x++) {
      int m = level.get(x);
      Meeting meeting = meetings.get(m);
      if (x > 0 && !meetings.get(level.get(x - 1)).getOrdinal().equals(meeting.getOrdinal())) {
        for (int y = groupStart; y < x; y++) {
          int lower = level.get(y);
          Span span = Span.of(meetings.get(lower).getPeriod());
          if (!span.isSatisfiable()) {
            continue; // a reversed period precedes nothing
          }
          if (byEarliest < 0
              || Span.BY_EARLIEST_START.compare(span, Span.of(meetings.get(byEarliest).getPeriod())) > 0) {
            byEarliest = lower;
          }
          if (byLatest < 0 || Span.BY_LATEST_START.compare(span, Span.of(meetings.get(byLatest).getPeriod())) > 0) {
            byLatest = lower;
          }
        }
        groupStart = x;
      }
      if (x > groupStart) {
        findings.reportVariant(RULE_MEETING_ORDINAL_ORDER, "repeats", p.at("meetings", m).at("ordinal"),
            "ordinal", meeting.getOrdinal().get().toString(), "first", p.at("meetings", level.get(x - 1)).pointer());
        continue;
      }
      int first = -1;
      Answer earlier = Answer.NO;
      for (int candidate : new int[] {byEarliest, byLatest}) {
        // Two meetings of the same unit cannot be ordered by their dates: no evidence either way.
        if (candidate >= 0 && earlier != Answer.YES && !meetings.get(candidate).getPeriod().equals(meeting.getPeriod())) {
          Answer answer = meeting.getPeriod().isBefore(meetings.get(candidate).getPeriod());
          if (answer == Answer.YES || answer == Answer.MAYBE && earlier == Answer.NO) {
            earlier = answer;
            first = candidate;
          }
        }
      }
      if (earlier != Answer.NO) {
        findings.report(RULE_MEETING_ORDINAL_ORDER, earlier, p.at("meetings", m).at("ordinal"),
            "ordinal", meeting.getOrdinal().get().toString(), "first", p.at("meetings", first).pointer());
      }
    }
  }
}
