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
 * An intergovernmental organization, UN agency, regional body, government agency or office,
 * identified by an id local to its document. An organization may be part of another
 * ({@link #getParent()}: IOM's regional office in Vienna is part of IOM).
 *
 * <p>Immutable and thread-safe; equal when all attributes are equal.
 */
@Value.Immutable
public abstract class Organization implements Annotated {

  /**
   * The id other records use to refer to this organization.
   *
   * @return the id, never null
   */
  @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE)
  public abstract String getId();

  /**
   * The current name.
   *
   * @return the name, never null
   */
  @NotBlank(message = Patterns.REQUIRED_MESSAGE)
  public abstract String getName();

  /**
   * Other names the organization is known by, in any language (format 1.1).
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid OtherName> getOtherNames();

  /**
   * The acronym, such as {@code IOM}.
   *
   * @return the acronym, or empty
   */
  public abstract Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.REQUIRED_MESSAGE) String> getAcronym();

  /**
   * What sort of body this is.
   *
   * @return the kind, or empty when the record does not say
   */
  public abstract Optional<OrganizationKind> getKind();

  /**
   * When it was founded.
   *
   * @return the founding date, or empty when unknown
   */
  public abstract Optional<PartialDate> getFounded();

  /**
   * The id of the organization this one is part of.
   *
   * @return the parent's id, or empty when this organization stands alone
   */
  public abstract Optional<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getParent();

  /**
   * Names the organization was known by before.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid FormerName> getFormerNames();

  /**
   * Figures about the organization itself, such as its count of member States.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Valid MigrationFigure> getFigures();

  /**
   * Ids of the sources that state these facts.
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String> getSources();

  /**
   * The name the organization bore on a date (see {@link State#nameOn(PartialDate)}).
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

  /** Builds an {@link Organization}; not thread-safe. */
  public static class Builder extends ImmutableOrganization.Builder {}
}
