package org.rcpmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;

/**
 * A sovereign State, identified by its ISO 3166-1 alpha-3 code; the code stays when the name changes.
 *
 * <p>Immutable and thread-safe; equal when code, name, former names and sources are equal.
 */
@Value.Immutable
public abstract class State implements Annotated {

  /**
   * The ISO 3166-1 alpha-3 code, such as {@code KAZ}.
   *
   * @return the code, never null
   */
  @Pattern(regexp = Patterns.STATE_CODE, message = Patterns.STATE_CODE_MESSAGE)
  public abstract String getCode();

  /**
   * The current short name, such as {@code Türkiye}.
   *
   * @return the name, never null
   */
  @NotBlank(message = Patterns.REQUIRED_MESSAGE)
  public abstract String getName();

  /**
   * Names the State was known by before, each with the period it was in use.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid FormerName> getFormerNames();

  /**
   * Ids of the sources that state these facts.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getSources();

  /**
   * The name the State bore on a date: the former name whose period surely contains the date, or
   * the current name when no former name may apply.
   *
   * @param date the date; not null
   * @return the name, never null
   * @throws NullPointerException if {@code date} is null
   */
  public String nameOn(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return Names.on(getFormerNames(), getName(), date);
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

  /**
   * Creates a State with no former names and no sources.
   *
   * @param code the ISO 3166-1 alpha-3 code; not null
   * @param name the current name; not null
   * @return the State
   * @throws NullPointerException if an argument is null
   */
  public static State of(String code, String name) {
    return builder().code(code).name(name).build();
  }

  /** Builds a {@link State}; not thread-safe. */
  public static class Builder extends ImmutableState.Builder {}
}
