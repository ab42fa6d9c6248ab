/**
 * AssertJ assertions for tests of code that validates rcp-model documents:
 * {@code RcpAssertions.assertThat(report).hasNoErrors()},
 * {@code .hasViolation("chair.not-member").at("/processes/0/chairs/3")}.
 */
module org.rcpmodel.assertj {
  requires transitive org.rcpmodel.core;
  requires transitive org.assertj.core;

  exports org.rcpmodel.assertj;
}
