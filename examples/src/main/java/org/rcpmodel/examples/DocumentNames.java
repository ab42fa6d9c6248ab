package org.rcpmodel.examples;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.rcpmodel.Document;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.State;
import org.rcpmodel.time.PartialDate;

/**
 * The names a document gives its participants, as people read them: a State by the name it bore on a
 * date (so that one State renamed during the records, such as Turkey and Türkiye, is one State under
 * the name of that date), an organization by its acronym or else the name it bore then, and a
 * participant the document does not describe by its bare code or id.
 *
 * <p>Instances index the document once (first record wins where a code or id occurs twice), are
 * immutable and thread-safe; every look-up takes constant time.
 */
public final class DocumentNames {

  private static final DocumentNames NONE = new DocumentNames(Map.of(), Map.of());

  private final Map<String, State> states;
  private final Map<String, Organization> organizations;

  private DocumentNames(Map<String, State> states, Map<String, Organization> organizations) {
    this.states = states;
    this.organizations = organizations;
  }

  /**
   * The names of a document's States and organizations.
   *
   * @param document the document; not null
   * @return the names; never null
   * @throws NullPointerException if {@code document} is null
   */
  public static DocumentNames of(Document document) {
    Objects.requireNonNull(document, "document");
    Map<String, State> states = new HashMap<>();
    for (State s : document.getStates()) {
      states.putIfAbsent(s.getCode(), s);
    }
    Map<String, Organization> organizations = new HashMap<>();
    for (Organization o : document.getOrganizations()) {
      organizations.putIfAbsent(o.getId(), o);
    }
    return new DocumentNames(states, organizations);
  }

  /**
   * Names from no document: every participant is named by its code or id.
   *
   * @return the shared instance; never null
   */
  public static DocumentNames none() {
    return NONE;
  }

  /**
   * The short name of a participant on a date: a State's name then, an organization's acronym or its
   * name then, else the participant's code or id.
   *
   * @param participant the participant; not null
   * @param date the date whose names apply; not null
   * @return the name; never null or empty
   * @throws NullPointerException if an argument is null
   */
  public String name(Participant participant, PartialDate date) {
    Objects.requireNonNull(date, "date");
    String id = participant.id();
    if (participant.getState().isPresent()) {
      State s = states.get(id);
      return s == null ? id : s.nameOn(date);
    }
    Organization o = organizations.get(id);
    return o == null ? id : o.getAcronym().orElseGet(() -> o.nameOn(date));
  }

  /**
   * The full name of a participant on a date: as {@link #name} but an organization by its full name
   * then, never its acronym.
   *
   * @param participant the participant; not null
   * @param date the date whose names apply; not null
   * @return the name; never null or empty
   * @throws NullPointerException if an argument is null
   */
  public String fullName(Participant participant, PartialDate date) {
    Objects.requireNonNull(date, "date");
    if (participant.getOrganization().isPresent()) {
      Organization o = organizations.get(participant.id());
      return o == null ? participant.id() : o.nameOn(date);
    }
    return name(participant, date);
  }

  /**
   * The name of a State by its code on a date, as {@link #name} names a State participant.
   *
   * @param code the State's code; not null
   * @param date the date whose names apply; not null
   * @return the name, or the code when the document does not describe the State; never null
   * @throws NullPointerException if an argument is null
   */
  public String stateName(String code, PartialDate date) {
    Objects.requireNonNull(date, "date");
    State s = states.get(Objects.requireNonNull(code, "code"));
    return s == null ? code : s.nameOn(date);
  }
}
