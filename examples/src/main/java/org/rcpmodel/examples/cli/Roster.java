package org.rcpmodel.examples.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Role;
import org.rcpmodel.State;
import org.rcpmodel.query.ChairHolding;
import org.rcpmodel.query.ProcessQuery;
import org.rcpmodel.query.RoleHolding;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;

/** Prints who holds which role and who chairs a process on a date, marking uncertain answers. */
final class Roster {

  private final Map<String, State> states = new HashMap<>();
  private final Map<String, Organization> organizations = new HashMap<>();
  private final PartialDate asOf;

  /**
   * Indexes the document's States by code and organizations by id once, so that naming a participant
   * costs one look-up; where a code or id occurs twice, the first record wins.
   *
   * @param document the document whose names are printed; not null
   */
  Roster(Document document) {
    this.asOf = document.getAsOf().orElse(null);
    for (State s : document.getStates()) {
      states.putIfAbsent(s.getCode(), s);
    }
    for (Organization o : document.getOrganizations()) {
      organizations.putIfAbsent(o.getId(), o);
    }
  }

  /**
   * Prints the roster as text, every name from the document made {@linkplain TerminalText terminal-safe}.
   *
   * @param process the process; not null
   * @param date the date; not null
   * @param out where to print; not null
   */
  void print(ConsultativeProcess process, PartialDate date, PrintWriter out) {
    print(process, date, date, out);
  }

  /**
   * Prints the roster of a process on {@code date}, naming participants as of {@code nameDate}. An
   * answer about a date that may lie after the document's as-of date is at most "maybe": the records
   * say nothing of what happened after it.
   */
  void print(ConsultativeProcess process, PartialDate date, PartialDate nameDate, PrintWriter out) {
    ProcessQuery query = ProcessQuery.of(process);
    out.println(TerminalText.safe(process.getName()) + " on " + date + ":");
    List<ChairHolding> chairs = query.chairsOn(date);
    out.println("  chair: " + (chairs.isEmpty() ? "none recorded"
        : String.join(", ", chairs.stream()
            .map(h -> TerminalText.safe(name(h.chair(), nameDate)) + mark(known(h.answer(), date))).toList())));
    for (Role role : Role.values()) {
      List<RoleHolding> holders = query.holders(role, date);
      if (holders.isEmpty()) {
        continue;
      }
      out.println("  " + plural(role) + " (" + holders.size() + "): " + String.join(", ", holders.stream()
          .map(h -> TerminalText.safe(name(h.participant(), nameDate)) + mark(known(h.answer(), date))).toList()));
    }
    out.println("  (maybe) = the records' dates allow it but do not prove it"
        + (asOf != null && date.latestDay().isAfter(asOf.latestDay())
            ? ", and the records are as of " + asOf + ", before " + date : ""));
  }

  /** A YES about a date that may lie after the records' as-of date is only a MAYBE. */
  Answer known(Answer answer, PartialDate date) {
    return answer == Answer.YES && asOf != null && date.latestDay().isAfter(asOf.latestDay()) ? Answer.MAYBE : answer;
  }

  /**
   * Writes the roster as one JSON object: {@code process}, {@code name}, {@code date}, {@code chairs}
   * and {@code roles} (a property per role held by anyone, such as {@code member}), each holder as
   * {@code {"id", "name", "answer"}} where {@code answer} is {@code YES} or {@code MAYBE}. Text is escaped
   * by the JSON generator, so the output is valid JSON whatever the names hold.
   *
   * @param process the process; not null
   * @param date the date; not null
   * @param g where to write; not null
   */
  void write(ConsultativeProcess process, PartialDate date, tools.jackson.core.JsonGenerator g) {
    ProcessQuery query = ProcessQuery.of(process);
    g.writeStartObject();
    g.writeStringProperty("process", process.getId());
    g.writeStringProperty("name", process.getName());
    g.writeStringProperty("date", date.toString());
    g.writeArrayPropertyStart("chairs");
    for (ChairHolding h : query.chairsOn(date)) {
      holder(g, h.chair(), h.answer(), date);
    }
    g.writeEndArray();
    g.writeObjectPropertyStart("roles");
    for (Role role : Role.values()) {
      List<RoleHolding> holders = query.holders(role, date);
      if (holders.isEmpty()) {
        continue;
      }
      g.writeArrayPropertyStart(role.name().toLowerCase(java.util.Locale.ROOT));
      for (RoleHolding h : holders) {
        holder(g, h.participant(), h.answer(), date);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private void holder(tools.jackson.core.JsonGenerator g, Participant participant, Answer answer, PartialDate date) {
    g.writeStartObject();
    g.writeStringProperty("id", participant.id());
    g.writeStringProperty("name", name(participant, date));
    g.writeStringProperty("answer", known(answer, date).name());
    g.writeEndObject();
  }

  /**
   * How a participant is printed on a date: a State as the name it bore then followed by its code in
   * parentheses; an organization as its acronym, or else the name it bore then; a participant the
   * document does not describe as its bare id. Takes constant time whatever the document's size.
   *
   * @param participant the participant; not null
   * @param date the date whose names apply; not null
   * @return the printed name, never null
   */
  String name(Participant participant, PartialDate date) {
    String id = participant.id();
    if (participant.getState().isPresent()) {
      State s = states.get(id);
      return s == null ? id : s.nameOn(date) + " (" + id + ")";
    }
    Organization o = organizations.get(id);
    return o == null ? id : o.getAcronym().orElseGet(() -> o.nameOn(date));
  }

  static String mark(Answer answer) {
    return answer == Answer.MAYBE ? " (maybe)" : "";
  }

  static String plural(Role role) {
    return org.rcpmodel.examples.Wording.roles(role);
  }
}
