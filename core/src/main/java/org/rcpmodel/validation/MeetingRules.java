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
import org.rcpmodel.ParticipantKind;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
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
    Answer absent = p.takesPart(state, date.get()).not();
    if (absent == Answer.NO || p.namedInGroup(state, null)) {
      return;
    }
    if (p.mayLeaveUnnamed(null, ParticipantKind.STATE, date.get())) {
      // Open world: the host may be one of the participants the document counts but does not name.
      findings.report(RULE_MEETING_HOST_NOT_PARTICIPANT, Answer.MAYBE, true, p.at("meetings", m).at("host"), "host", host,
          "date", date.get().toString(), "how", Findings.text(Answer.MAYBE));
    } else {
      findings.report(RULE_MEETING_HOST_NOT_PARTICIPANT, absent, p.at("meetings", m).at("host"), "host", host,
          "date", date.get().toString(), "how", Findings.text(absent));
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
        findings.report(RULE_MEETING_ORDINAL_ORDER, p.at("meetings", m).at("ordinal"),
            "ordinal", meeting.getOrdinal().get().toString(), "first", p.at("meetings", level.get(x - 1)).pointer(),
            "why", "repeats");
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
            "ordinal", meeting.getOrdinal().get().toString(), "first", p.at("meetings", first).pointer(),
            "why", Findings.text(earlier) + " precedes");
      }
    }
  }
}
