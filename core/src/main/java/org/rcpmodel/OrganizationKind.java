package org.rcpmodel;

/** What sort of body an {@link Organization} is. */
public enum OrganizationKind {
  /** An intergovernmental organization (IOM). */
  INTERGOVERNMENTAL,
  /** A United Nations agency, fund or programme (UNHCR). */
  UN_AGENCY,
  /** A regional body (ECOWAS). */
  REGIONAL_BODY,
  /** A government agency of one State (the State Migration Service of Azerbaijan). */
  GOVERNMENT_AGENCY,
  /** An office that is part of another organization (IOM's regional office in Vienna). */
  OFFICE,
  /** Anything else. */
  OTHER
}
