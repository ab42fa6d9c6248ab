package org.rcpmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.rcpmodel.time.Period;

/**
 * A name a State or organization was known by during a period (Turkey, until 2022-06).
 *
 * <p>Immutable and thread-safe; equal when name and period are equal.
 */
@Value.Immutable
public abstract class FormerName {

  /**
   * The name as it was then.
   *
   * @return the name, never null
   */
  @NotBlank(message = Patterns.REQUIRED_MESSAGE)
  public abstract String getName();

  /**
   * When the name was in use.
   *
   * @return the period, never null
   */
  @Valid
  public abstract Period getPeriod();

  /**
   * Creates a former name.
   *
   * @param name the name; not null
   * @param period when it was in use; not null
   * @return the former name
   * @throws NullPointerException if an argument is null
   */
  public static FormerName of(String name, Period period) {
    return ImmutableFormerName.builder().name(name).period(period).build();
  }
}
