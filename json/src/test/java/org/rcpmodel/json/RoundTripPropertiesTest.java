package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.rcpmodel.Document;
import org.rcpmodel.ModelArbitraries;

class RoundTripPropertiesTest {

  private final RcpJson json = RcpJson.strict();

  @Test
  void anyDocumentReadsBackEqualAndWritesBackIdenticallyCompact() {
    qt().withExamples(200).forAll(ModelArbitraries.documents())
        .checkAssert(this::anyDocumentReadsBackEqualAndWritesBackIdenticallyCompact);
  }

  private void anyDocumentReadsBackEqualAndWritesBackIdenticallyCompact(Document document) {
    String first = json.write(document);
    Document read = json.read(first).document();
    assertThat(read).isEqualTo(document);
    assertThat(json.write(read)).isEqualTo(first);
  }

  @Test
  void anyDocumentReadsBackEqualAndWritesBackIdenticallyPretty() {
    qt().withExamples(100).forAll(ModelArbitraries.documents())
        .checkAssert(this::anyDocumentReadsBackEqualAndWritesBackIdenticallyPretty);
  }

  private void anyDocumentReadsBackEqualAndWritesBackIdenticallyPretty(Document document) {
    String first = json.writePretty(document);
    Document read = json.read(first).document();
    assertThat(read).isEqualTo(document);
    assertThat(json.writePretty(read)).isEqualTo(first);
  }
}
