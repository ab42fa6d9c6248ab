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
 * Who performs the secretariat's job of a process, per its sources (format 1.1): named participants
 * (IOM and UNHCR), the government of whichever State chairs ("the Government of the Chairing Country
 * acts also as Secretariat"), a governance body (the outgoing, current and incoming chairs), or a
 * permanent secretariat hosted by a State. {@link #getRole()} says whether the sources call the job
 * {@link Role#SECRETARIAT} or {@link Role#SUPPORT_UNIT}; the two are one job, so two sources that give
 * the same performers different roles disagree about one fact.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class Secretariat implements Annotated {

  /**
   * What the sources call the job: {@link Role#SECRETARIAT} or {@link Role#SUPPORT_UNIT}.
   *
   * @return the role, never null
   */
  public abstract Role getRole();

  /**
   * The participants that perform it, named.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid Participant> getPerformers();

  /**
   * Whether the government of the chairing State performs it, whichever State chairs.
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean isChairingState() {
    return false;
  }

  /**
   * The governance body that performs it (a troika of outgoing, current and incoming chairs).
   *
   * @return the body's id, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getBody();

  /**
   * The State that hosts it (a permanent secretariat hosted by the United Arab Emirates).
   *
   * @return the State code, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.STATE_CODE, message = Patterns.STATE_CODE_MESSAGE) String> getHost();

  /**
   * When the job was performed so.
   *
   * @return the period, or empty when neither end is known
   */
  public abstract Optional<Period> getPeriod();

  /**
   * A date on which a source states the job was performed so.
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
   * What is known about when the job was performed so: the period (unknown at both ends when absent),
   * narrowed by the as-of date (derived, not a property: computed once, on first use, and shared
   * safely between threads; not part of {@code equals}).
   *
   * @return the span, never null
   */
  @Value.Lazy
  public Span span() {
    Period period = getPeriod().orElse(Period.unknown());
    return getAsOf().isPresent() ? Span.of(period, getAsOf().get()) : Span.of(period);
  }

  /**
   * Checks, when the value is built, that the role is the secretariat's job and that the record
   * names who performs it.
   *
   * @throws IllegalStateException if the role is neither SECRETARIAT nor SUPPORT_UNIT, or no performer,
   *     chairing State, body or host is given
   */
  @Value.Check
  protected void checkJobAndPerformer() {
    if (getRole() != Role.SECRETARIAT && getRole() != Role.SUPPORT_UNIT) {
      throw new IllegalStateException("A secretariat's role is SECRETARIAT or SUPPORT_UNIT, not " + getRole());
    }
    if (getPerformers().isEmpty() && !isChairingState() && getBody().isEmpty() && getHost().isEmpty()) {
      throw new IllegalStateException(
          "A secretariat names who performs it: 'performers', 'chairingState', 'body' or 'host'");
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Secretariat}; not thread-safe. */
  public static class Builder extends ImmutableSecretariat.Builder {}
}
