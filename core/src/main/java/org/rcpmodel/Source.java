package org.rcpmodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rcpmodel.time.PartialDate;

/**
 * Where a fact comes from: a press release, a web page, a report.
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class Source implements Annotated {

  /**
   * The id facts use to cite this source.
   *
   * @return the id, never null
   */
  @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE)
  public abstract String getId();

  /**
   * Who published it, such as {@code IOM}.
   *
   * @return the publisher, or empty when unknown
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getPublisher();

  /**
   * Its title.
   *
   * @return the title, never null
   */
  @NotBlank(message = Patterns.REQUIRED_MESSAGE)
  public abstract String getTitle();

  /**
   * Where it can be read.
   *
   * @return the URL as written in the record, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getUrl();

  /**
   * When it was published.
   *
   * @return the publication date, or empty when unknown
   */
  public abstract Optional<PartialDate> getPublished();

  /**
   * When the keeper read it (format 1.1): the day a page that says "current" describes.
   *
   * @return the access date, or empty when not recorded
   */
  public abstract Optional<PartialDate> getAccessed();

  /**
   * The source this one replaces (format 1.1): a newer version of a page, whose records win over
   * the older one's where they disagree.
   *
   * @return the id of the superseded source, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getSupersedes();

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

  /** Builds a {@link Source}; not thread-safe. */
  public static class Builder extends ImmutableSource.Builder {}
}
