package org.rcpmodel;

import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A State or an organization taking part in a process: a closed choice of exactly one of the two,
 * referring to a State by its ISO 3166-1 alpha-3 code or to an organization by its document-local id.
 *
 * <p>Immutable and thread-safe; equal when both refer to the same State or the same organization.
 * Build one with {@link #state(String)} or {@link #organization(String)}.
 */
@Value.Immutable
public abstract class Participant {

  /**
   * The State taken part as, by ISO 3166-1 alpha-3 code.
   *
   * @return the code, or empty when this participant is an organization
   */
  public abstract Optional<@Pattern(regexp = Patterns.STATE_CODE, message = Patterns.STATE_CODE_MESSAGE) String> getState();

  /**
   * The organization taken part as, by its id in the document.
   *
   * @return the id, or empty when this participant is a State
   */
  public abstract Optional<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getOrganization();

  /**
   * Refers to a State.
   *
   * @param code the State's ISO 3166-1 alpha-3 code, such as {@code KAZ}; not null
   * @return the participant
   * @throws NullPointerException if {@code code} is null
   */
  public static Participant state(String code) {
    return ImmutableParticipant.builder().state(code).build();
  }

  /**
   * Refers to an organization.
   *
   * @param id the organization's id in the document, such as {@code iom}; not null
   * @return the participant
   * @throws NullPointerException if {@code id} is null
   */
  public static Participant organization(String id) {
    return ImmutableParticipant.builder().organization(id).build();
  }

  /**
   * Tells whether this participant is a State or an organization (derived; not a property).
   *
   * @return the kind, never null
   */
  public final ParticipantKind kind() {
    return getState().isPresent() ? ParticipantKind.STATE : ParticipantKind.ORGANIZATION;
  }

  /**
   * The State code or organization id this participant refers to (derived; not a property).
   *
   * @return the code or id, never null
   */
  public final String id() {
    return getState().orElseGet(() -> getOrganization().orElseThrow());
  }

  /**
   * Checks, when an instance is built, that exactly one of state and organization is set.
   *
   * @throws IllegalStateException if both or neither is set
   */
  @Value.Check
  protected void checkExactlyOne() {
    if (getState().isPresent() == getOrganization().isPresent()) {
      throw new IllegalStateException(
          "A participant is exactly one of 'state' or 'organization', not both and not neither");
    }
  }

  @Override
  public String toString() {
    return kind() == ParticipantKind.STATE ? "State " + id() : "Organization " + id();
  }
}
