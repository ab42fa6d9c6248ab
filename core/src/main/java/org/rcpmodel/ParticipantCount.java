package org.rcpmodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;

/**
 * How many participants hold a role, where a source gives a number rather than names (format 1.1,
 * after Popolo's counts): "45 member States and 4 member organizations, 18 observer States, 9
 * observer organizations" (Bali Process) is four counts. A count says the process has that many
 * participants in the role; it names none of them, and the validator does not read the absence of
 * their records as absence from the process.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class ParticipantCount implements Annotated {

  /**
   * The role counted.
   *
   * @return the role, never null
   */
  public abstract Role getRole();

  /**
   * Which participants are counted: States or organizations.
   *
   * @return the kind, or empty when the count covers both ("18 members")
   */
  public abstract Optional<ParticipantKind> getParticipantKind();

  /**
   * The number.
   *
   * @return at least 1 in a valid record
   */
  @Positive(message = "{org.rcpmodel.field.invalid.positive}")
  public abstract int getValue();

  /**
   * How exact the number is ("over 50 governments": {@link Approximation#OVER}).
   *
   * @return the approximation, or empty for an exact count
   */
  public abstract Optional<Approximation> getApproximation();

  /**
   * The date the count describes; for a page that says "current", the day it was read.
   *
   * @return the date, or empty when unknown
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
   * Tells whether the count may be larger than a number of named participants: true unless the count
   * is exact or an upper bound and does not exceed them (derived; not a property).
   *
   * @param named how many participants of the role and kind the document names
   * @return whether participants beyond the named ones may exist according to this count
   */
  public final boolean mayExceed(int named) {
    Approximation a = getApproximation().orElse(Approximation.EXACT);
    if (a == Approximation.EXACT || a == Approximation.UNDER) {
      return getValue() > named;
    }
    return true;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParticipantCount}; not thread-safe. */
  public static class Builder extends ImmutableParticipantCount.Builder {}
}
