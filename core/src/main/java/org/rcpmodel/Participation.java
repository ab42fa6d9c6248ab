package org.rcpmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;

/**
 * A participant holding a {@link Role} in a process, during a period that may be partly or wholly
 * unknown.
 *
 * <p>"As of April 2025 Italy is an observer" is recorded with {@link #getAsOf()} and no period: the
 * model does not invent a start date, and questions about earlier dates answer "maybe".
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class Participation implements Annotated {

  /**
   * Who takes part.
   *
   * @return the participant, never null
   */
  @Valid
  public abstract Participant getParticipant();

  /**
   * The role held.
   *
   * @return the role, never null
   */
  public abstract Role getRole();

  /**
   * When the role was held.
   *
   * @return the period, or empty when neither end is known
   */
  public abstract Optional<Period> getPeriod();

  /**
   * A date on which a source states the role was held.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> getAsOf();

  /**
   * Ids of the sources that state this participation.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getSources();

  /**
   * What is known about when the role was held: the period (unknown at both ends when absent),
   * narrowed by the as-of date (derived, not a property: computed once, on first use, and shared
   * safely between threads; not part of {@code equals}).
   *
   * @return the span, never null
   */
  @Value.Lazy
  public Span span() {
    Period period = getPeriod().orElse(Period.unknown());
    PartialDate asOf = getAsOf().orElse(null);
    return asOf == null ? Span.of(period) : Span.of(period, asOf);
  }

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

  /** Builds a {@link Participation}; not thread-safe. */
  public static class Builder extends ImmutableParticipation.Builder {}
}
