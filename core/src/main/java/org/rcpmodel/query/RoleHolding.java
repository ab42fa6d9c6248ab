package org.rcpmodel.query;

import java.util.List;
import java.util.Objects;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.time.Answer;

/**
 * One participant's answer to "does it hold this role then?", with the records that support it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param participant who, never null
 * @param role the role asked about, never null
 * @param answer {@code YES} or {@code MAYBE} (holdings that are surely {@code NO} are not listed)
 * @param records the participations that give the answer, in document order; unmodifiable, never empty
 */
public record RoleHolding(Participant participant, Role role, Answer answer, List<Participation> records) {

  /**
   * Creates a holding.
   *
   * @param participant the participant, as {@link #participant()} returns it
   * @param role the role, as {@link #role()} returns it
   * @param answer the answer, as {@link #answer()} returns it
   * @param records the records, as {@link #records()} returns it
   * @throws NullPointerException if an argument is null
   */
  public RoleHolding {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(answer, "answer");
    records = List.copyOf(Objects.requireNonNull(records, "records"));
  }
}
