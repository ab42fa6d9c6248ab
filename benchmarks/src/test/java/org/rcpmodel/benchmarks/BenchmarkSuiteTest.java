package org.rcpmodel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
