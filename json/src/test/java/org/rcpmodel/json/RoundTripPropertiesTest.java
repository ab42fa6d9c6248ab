package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rcpmodel.Document;
import org.rcpmodel.ModelArbitraries;

class RoundTripPropertiesTest {

  private final RcpJson json = RcpJson.strict();

  @Provide
  Arbitrary<Document> documents() {
    return ModelArbitraries.documents();
  }

  @Property(tries = 200)
  void anyDocumentReadsBackEqualAndWritesBackIdenticallyCompact(@ForAll("documents") Document document) {
    String first = json.write(document);
    Document read = json.read(first).document();
    assertThat(read).isEqualTo(document);
    assertThat(json.write(read)).isEqualTo(first);
  }

  @Property(tries = 100)
  void anyDocumentReadsBackEqualAndWritesBackIdenticallyPretty(@ForAll("documents") Document document) {
    String first = json.writePretty(document);
    Document read = json.read(first).document();
    assertThat(read).isEqualTo(document);
    assertThat(json.writePretty(read)).isEqualTo(first);
  }
}
