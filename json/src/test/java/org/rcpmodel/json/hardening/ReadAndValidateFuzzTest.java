package org.rcpmodel.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Gens;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.hardening.FuzzInputs.FuzzCase;

/**
 * Fuzzing of reading and validating: valid documents, mutated, read as text and as bytes, strictly and
 * leniently, and every document read validated.
 * Cases come from the system property {@code rcp.fuzz.tries} (1,000 unless set; the {@code fuzz}
 * profile sets 100,000; README, "Limits and guarantees", gives the commands). A failure ends with
 * QuickTheories' {@code Seed was N}: {@code -DQT_SEED=N} repeats the run, random pool of documents
 * included.
 */
class ReadAndValidateFuzzTest {

  private final RcpJson strict = RcpJson.strict();
  private final RcpJson lenient = RcpJson.lenient();
  // A second, separately built reader: the outcome must not depend on the instance.
  private final RcpJson otherStrict = RcpJson.builder().build();

  /** The system property that sets the number of cases. */
  static final String TRIES = "rcp.fuzz.tries";

  @Test
  void aMutatedDocumentReadsAndValidatesOrFailsWithATypedErrorAndTheSameOutcomeEveryTime() {
    // One seed for the pool of random documents and the cases: QT_SEED when repeating a run.
    long seed = Gens.seed();
    int tries = Gens.cases(TRIES, 1_000);
    AtomicInteger checked = new AtomicInteger();
    qt().withFixedSeed(seed).withExamples(tries)
        // Each case reads and validates several times; keep shrinking a failure to minutes, not hours.
        .withShrinkCycles(2_000)
        .forAll(FuzzInputs.cases(seed))
        .checkAssert(fuzz -> {
          aMutatedDocumentReadsAndValidatesOrFailsWithATypedErrorAndTheSameOutcomeEveryTime(fuzz);
          checked.incrementAndGet();
        });
    System.out.printf("ReadAndValidateFuzzTest: %,d cases checked (-D%s=%d, -DQT_SEED=%d)%n", checked.get(), TRIES,
        tries, seed);
    // QuickTheories skips a case it drew before; the runs must still check (nearly) every case asked for.
    assertThat(checked.get()).as("cases checked of %d", tries).isGreaterThanOrEqualTo(tries - tries / 100);
  }

  private void aMutatedDocumentReadsAndValidatesOrFailsWithATypedErrorAndTheSameOutcomeEveryTime(FuzzCase fuzz) {
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
