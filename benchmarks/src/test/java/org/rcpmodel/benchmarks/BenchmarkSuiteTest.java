package org.rcpmodel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkSuiteTest {

  @Test
  void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
    assertThat(BenchmarkSuite.median(new double[] {1, 2, 9})).isEqualTo(2);
    assertThat(BenchmarkSuite.median(new double[] {1, 2, 4, 9})).isEqualTo(3);
    assertThat(BenchmarkSuite.median(new double[] {5})).isEqualTo(5);
    assertThat(BenchmarkSuite.median(new double[0])).isNaN();
  }
}
