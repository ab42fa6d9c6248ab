package org.rcpmodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;

/**
 * An approximate, scoped, sourced statistic: "member States host around 9.5 million international
 * migrants (IOM, April 2025)".
 *
 * <p>Two figures are records of the same fact when metric, scope and reference date agree.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal ({@link BigDecimal#equals}, so
 * {@code 9.5E6} and {@code 9500000} differ as records though not as numbers).
 */
@Value.Immutable
public abstract class MigrationFigure implements Annotated {

  /**
   * What is counted, in lower camel case, such as {@code internationalMigrants},
   * {@code citizensAbroad} or {@code memberStates}.
   *
   * @return the metric, never null
   */
  @NotBlank(message = Patterns.REQUIRED_MESSAGE)
  public abstract String getMetric();

  /**
   * The number as stated.
   *
   * @return the value, never null
   */
  public abstract BigDecimal getValue();

  /**
   * How the source qualifies the number.
   *
   * @return the approximation, never null
   */
  public abstract Approximation getApproximation();

  /**
   * Which group the figure covers.
   *
   * @return the scope, never null
   */
  public abstract FigureScope getScope();

  /**
   * The date the figure refers to (UN DESA stock figures refer to 1 July of a year).
   *
   * @return the date, or empty when the source does not say
   */
  public abstract Optional<PartialDate> getReferenceDate();

  /**
   * Ids of the sources that state the figure.
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

  /** Builds a {@link MigrationFigure}; not thread-safe. */
  public static class Builder extends ImmutableMigrationFigure.Builder {}
}
