package org.rcpmodel;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a process is chaired: the declared term length, how many chairs hold office at once, and
 * whether a standing co-chair serves beside them.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class ChairingRule implements Annotated {

  /**
   * The declared length of one term in months (Almaty: 24).
   *
   * @return the length, or empty when the process declares none
   */
  public abstract Optional<@Positive(message = "{org.rcpmodel.field.invalid.positive}") Integer> getTermMonths();

  /**
   * How many chair terms may run at once (Bali: two co-chairs).
   *
   * @return at least 1; 1 unless set
   */
  @Value.Default
  @Min(value = 1, message = "{org.rcpmodel.field.invalid.positive}")
  public int getMaxConcurrentChairs() {
    return 1;
  }

  /**
   * Whether a standing co-chair serves beside the rotating chair (Budapest).
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean isStandingCoChair() {
    return false;
  }

  /**
   * How chairs are chosen (format 1.1).
   *
   * @return the selection, or empty when no source says
   */
  public abstract Optional<ChairSelection> getSelection();

  /**
   * The title of the office (format 1.1), such as {@code Presidency Pro-Tempore}.
   *
   * @return the title, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getOfficeTitle();

  /**
   * The groups the chair rotates between, by {@link ParticipantGroup} id (format 1.1), for
   * {@link ChairSelection#ROTATION_BETWEEN_GROUPS}: the sending and the receiving countries.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getRotationGroups();

  /**
   * Ids of the sources that state the rule (format 1.1).
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
   * A single chair at a time, with no declared term length.
   *
   * @return the rule, never null
   */
  public static ChairingRule singleChair() {
    return ImmutableChairingRule.builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChairingRule}; not thread-safe. */
  public static class Builder extends ImmutableChairingRule.Builder {}
}
