package org.rcpmodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;

/**
 * What one source (or several that agree) says about a single-valued property of a process (format
 * 1.1): "founded 1993" (IOM's page on the Budapest Process) beside "founded 1991" (IOM's 2015
 * overview). A process keeps one statement per source and version; the validator reports statements
 * of one property that cannot both be true as one {@code fact.conflict}, and does not report ones
 * that agree ({@code 1993} and {@code 1993-05}).
 *
 * <p>A date property ({@link StatedProperty#isDate()}) carries {@link #getDate()}, any other
 * {@link #getText()}; exactly one of the two is present.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class Statement implements Annotated {

  /**
   * The property stated.
   *
   * @return the property, never null
   */
  public abstract StatedProperty getProperty();

  /**
   * The stated date, for a date property.
   *
   * @return the date, or empty for a text property
   */
  public abstract Optional<PartialDate> getDate();

  /**
   * The stated text, for a text property.
   *
   * @return the text, or empty for a date property
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getText();

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
   * The stated value as text, whichever form it has (derived; not a property).
   *
   * @return the date or the text, never null
   */
  public final String value() {
    return getDate().map(PartialDate::toString).orElseGet(() -> getText().orElseThrow());
  }

  /**
   * Checks, when the value is built, that the value has the form its property requires.
   *
   * @throws IllegalStateException if a date property has no date or has a text, or a text property
   *     has no text or has a date
   */
  @Value.Check
  protected void checkValueForm() {
    boolean date = getProperty().isDate();
    if (getDate().isPresent() != date || getText().isPresent() == date) {
      throw new IllegalStateException("A statement of " + getProperty() + " has exactly one of "
          + (date ? "'date'" : "'text'") + " and not " + (date ? "'text'" : "'date'"));
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

  /** Builds a {@link Statement}; not thread-safe. */
  public static class Builder extends ImmutableStatement.Builder {}
}
