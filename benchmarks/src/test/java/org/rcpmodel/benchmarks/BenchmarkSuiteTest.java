package org.rcpmodel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkSuiteTest {

  @Test
  void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
    assertThat(BenchmarkSuite.median(new double[] {1, 2, 9})).isEqualTo(2);
    assertThat(BenchmarkSuite.median(new double[] {1, 2, 4, 9})).isEqualTo(3);
    assertThat(BenchmarkSuite.median(new double[] {5})).isEqualTo(5);
    assertThat(BenchmarkSuite.median(new double[0])).isNaN();
  }

  @Test
  void aMissingDocumentIsReportedAsTheDocumentNotAsAJar(@TempDir Path dir) throws Exception {
    String rcpJar = Files.createFile(dir.resolve("rcp.jar")).toString();
    String trivialJar = Files.createFile(dir.resolve("trivial.jar")).toString();
    String document = Files.createFile(dir.resolve("almaty.json")).toString();
    String nowhere = dir.resolve("nowhere.json").toString();

    assertThat(BenchmarkSuite.coldStartInputsMissing(rcpJar, trivialJar, document)).isEmpty();
    assertThat(BenchmarkSuite.coldStartInputsMissing(rcpJar, trivialJar, nowhere))
        .hasValue("the document (" + nowhere + ") does not exist");
    assertThat(BenchmarkSuite.coldStartInputsMissing(rcpJar, trivialJar, dir.toString()))
        .hasValue("the document (" + dir + ") does not exist as a file");
    assertThat(BenchmarkSuite.coldStartInputsMissing(rcpJar, null, null))
        .hasValue("the trivial jar was not given (--trivial-jar); the document was not given (--document)");
  }

  @Test
  void aColdStartOnlyRunPrintsTheColdStartTableAndNoBenchmarkTable() {
    List<ColdStart.Timing> coldStart = List.of(
        new ColdStart.Timing(BenchmarkSuite.LABEL_TRIVIAL, List.of("java"), 0, 40, 35, 50),
        new ColdStart.Timing(BenchmarkSuite.LABEL_LAUNCHER, List.of("rcp"), 0, 140, 120, 160));

    String table = BenchmarkSuite.table(List.of(), coldStart);

    assertThat(table).doesNotContain("benchmark (median of", "ratios per round")
        .contains("cold start (whole process)", "cold start/trivial main below: " + BenchmarkSuite.LABEL_LAUNCHER);
    assertThat(BenchmarkSuite.ratios(List.of(), coldStart))
        .contains("read/baseline: n/a (benchmark not run)", "cold start/trivial main: 3.50");
  }
}
