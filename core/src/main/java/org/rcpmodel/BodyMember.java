package org.rcpmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * A participant sitting on a {@link GovernanceBody} during a period (format 1.1, a membership in
 * Popolo's and W3C ORG's sense: member, organization, period).
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class BodyMember implements Annotated {

  /**
   * Who sits on the body.
   *
   * @return the participant, never null
   */
  @Valid
  public abstract Participant getParticipant();

  /**
   * Whether this member chairs the body.
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean isChair() {
    return false;
  }

  /**
   * When the seat was held.
   *
   * @return the period, or empty when neither end is known
   */
  public abstract Optional<Period> getPeriod();

  /**
   * A date on which a source states the seat was held.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> getAsOf();

  /**
   * Ids of the sources that state this record.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getSources();

  /** {@inheritDoc} */
  @Override
  public abstract List<@NotBlank(message = Patterns.REQUIRED_MESSAGE) String> getNotes();

  /** {@inheritDoc} */
  @Override
  @Value.Default
  public boolean isInferred() {
    return false;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BodyMember}; not thread-safe. */
  public static class Builder extends ImmutableBodyMember.Builder {}
}
