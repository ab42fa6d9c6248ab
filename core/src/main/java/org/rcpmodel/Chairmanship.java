package org.rcpmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.Period;

/**
 * One chair term of a process: one or more chairing participants during a period, with the term's
 * status as its source gave it, and the standing co-chair where the process has one.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class Chairmanship implements Annotated {

  /**
   * Who chairs during this term; more than one for co-chairs holding one term together.
   *
   * @return an unmodifiable list, never null; a valid record has at least one chair
   */
  @Size(min = 1, message = Patterns.REQUIRED_MESSAGE)
  public abstract List<@Valid Participant> getChairs();

  /**
   * When the term runs.
   *
   * @return the period, never null
   */
  public abstract Period getPeriod();

  /**
   * Whether the term was past, current or incoming when its source described it.
   *
   * @return the status, or empty when the source does not say
   */
  public abstract Optional<ChairStatus> getStatus();

  /**
   * The standing co-chair serving beside the chairs, where the process has one.
   *
   * @return the co-chair, or empty
   */
  public abstract Optional<@Valid Participant> getCoChair();

  /**
   * Ids of the sources that state this term.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getSources();

  /**
   * The id posts use to refer to this term (format 1.1), unique within its process.
   *
   * @return the id, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getId();

  /**
   * The place of the term in the process's sequence of terms (format 1.1): 1 for the first. It orders
   * terms whose dates no source gives (Colombo Process: Sri Lanka, the Philippines, Indonesia, ...).
   *
   * @return the ordinal, or empty
   */
  public abstract Optional<@Positive(message = "{org.rcpmodel.field.invalid.positive}") Integer> getOrdinal();

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

  /** Builds a {@link Chairmanship}; not thread-safe. */
  public static class Builder extends ImmutableChairmanship.Builder {}
}
