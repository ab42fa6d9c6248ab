package org.rcpmodel.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.hardening.FuzzInputs.FuzzCase;

/**
 * Fuzzing of reading and validating: valid documents, mutated, read as text and as bytes, strictly and
 * leniently, and every document read validated.
 * Tries come from jqwik's {@code jqwik.tries.default} (1,000 unless set; README, "Limits and
 * guarantees", gives the command for 100,000).
 */
class ReadAndValidateFuzzTest {

  private final RcpJson strict = RcpJson.strict();
  private final RcpJson lenient = RcpJson.lenient();
  // A second, separately built reader: the outcome must not depend on the instance.
  private final RcpJson otherStrict = RcpJson.builder().build();

  @Provide
  Arbitrary<FuzzCase> cases() {
    return FuzzInputs.cases();
  }

  @Property
  void aMutatedDocumentReadsAndValidatesOrFailsWithATypedErrorAndTheSameOutcomeEveryTime(
      @ForAll("cases") FuzzCase fuzz) {
    String text = fuzz.text();
    byte[] bytes = fuzz.bytes(text);

    String strictText = Outcomes.of(() -> strict.read(text));
    assertThat(Outcomes.of(() -> otherStrict.read(text))).isEqualTo(strictText);

    String lenientBytes = Outcomes.of(() -> lenient.read(new ByteArrayInputStream(bytes), "fuzz.json"));
    assertThat(Outcomes.of(() -> lenient.read(new ByteArrayInputStream(bytes), "fuzz.json")))
        .isEqualTo(lenientBytes);

    if (lenientBytes.startsWith("document")) {
      Outcomes.checkWritesBack(lenient.read(new ByteArrayInputStream(bytes)).document());
    }
    if (strictText.startsWith("document") && fuzz.badBytesAt() < 0
        && StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
      // The same text as bytes reads to the same document.
      assertThat(Outcomes.of(() -> strict.read(new ByteArrayInputStream(bytes)))).isEqualTo(strictText);
    }
  }
}
