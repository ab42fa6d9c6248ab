package org.rcpmodel.examples.cli;

import java.io.PrintWriter;
import java.util.List;
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

  private final Document document;

  Roster(Document document) {
    this.document = document;
  }

  void print(ConsultativeProcess process, PartialDate date, PrintWriter out) {
    ProcessQuery query = ProcessQuery.of(process);
    out.println(process.getName() + " on " + date + ":");
    List<ChairHolding> chairs = query.chairsOn(date);
    out.println("  chair: " + (chairs.isEmpty() ? "none recorded"
        : String.join(", ", chairs.stream().map(h -> name(h.chair(), date) + mark(h.answer())).toList())));
    for (Role role : Role.values()) {
      List<RoleHolding> holders = query.holders(role, date);
      if (holders.isEmpty()) {
        continue;
      }
      out.println("  " + plural(role) + " (" + holders.size() + "): "
          + String.join(", ", holders.stream().map(h -> name(h.participant(), date) + mark(h.answer())).toList()));
    }
    out.println("  (maybe) = the records' dates allow it but do not prove it");
  }

  String name(Participant participant, PartialDate date) {
    String id = participant.id();
    if (participant.getState().isPresent()) {
      for (State s : document.getStates()) {
        if (s.getCode().equals(id)) {
          return s.nameOn(date) + " (" + id + ")";
        }
      }
      return id;
    }
    for (Organization o : document.getOrganizations()) {
      if (o.getId().equals(id)) {
        return o.getAcronym().orElse(o.getName());
      }
    }
    return id;
  }

  static String mark(Answer answer) {
    return answer == Answer.MAYBE ? " (maybe)" : "";
  }

  static String plural(Role role) {
    switch (role) {
      case MEMBER:
        return "members";
      case OBSERVER:
        return "observers";
      case CANDIDATE:
        return "candidates";
      case INVITED:
        return "invited";
      case PARTNER:
        return "partners";
      case SECRETARIAT:
        return "secretariat";
      default:
        return "support unit";
    }
  }
}
