package org.rcpmodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.Period;

/**
 * Another name a process or organization is known by, alongside its name (format 1.1, after Popolo's
 * {@code other_names}): "Regional Conference on Migration" (RCM) for the Puebla Process, or a name
 * in another language with its language tag ({@code es}: "Conferencia Regional sobre Migración").
 * Unlike a {@link FormerName}, another name need not have stopped being used.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class OtherName implements Annotated {

  /**
   * The name.
   *
   * @return the name, never null
   */
  @NotBlank(message = Patterns.REQUIRED_MESSAGE)
  public abstract String getName();

  /**
   * The acronym that goes with this name, such as {@code RCM}.
   *
   * @return the acronym, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getAcronym();

  /**
   * The language of the name, as a language tag ({@code en}, {@code es}, {@code es-MX}).
   *
   * @return the tag, or empty when not given
   */
  public abstract Optional<@Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String> getLanguage();

  /**
   * When the name was in use.
   *
   * @return the period, or empty when unknown
   */
  public abstract Optional<Period> getPeriod();

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

  /** Builds a {@link OtherName}; not thread-safe. */
  public static class Builder extends ImmutableOtherName.Builder {}
}
